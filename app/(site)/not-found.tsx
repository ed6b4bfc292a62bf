import { LatestPosts } from "@/components/posts/latest-posts";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { getLatestHeadlines } from "@/lib/content";
import { getEnv } from "@/lib/env";

export default async function SiteNotFound() {
  const latest = await getLatestHeadlines(null, 5);
  return (
    <NotFoundMessage>
      <div className="mt-10">
        <LatestPosts posts={latest} timeZone={getEnv().SITE_TIME_ZONE} />
      </div>
    </NotFoundMessage>
  );
}
