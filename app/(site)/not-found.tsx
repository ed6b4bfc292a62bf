import { LatestPosts } from "@/components/posts/latest-posts";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { getLatestHeadlines, getSiteTimeZone } from "@/lib/content";

export default async function SiteNotFound() {
  const latest = await getLatestHeadlines(null, 5);
  return (
    <NotFoundMessage>
      <div className="mt-10">
        <LatestPosts posts={latest} timeZone={await getSiteTimeZone()} />
      </div>
    </NotFoundMessage>
  );
}
