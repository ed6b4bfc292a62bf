import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/posts/post-list";
import { pageAlternates } from "@/lib/seo/page-metadata";
import { getFrontPage, getSettings, parsePageParam, getSiteTimeZone } from "@/lib/content";

// "/" is rewritten here with cursor "latest"; older pages carry a keyset cursor.
// No page is built ahead: each is rendered on first request, then served from cache.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cursor } = await params;
  return cursor === "latest"
    ? { alternates: await pageAlternates("/"), openGraph: { url: "/" } }
    : { title: "Older posts", alternates: await pageAlternates(`/page/${cursor}`) };
}

export default async function FrontPage({ params }: Props) {
  const { cursor } = await params;
  const page = await parsePageParam(cursor);
  if (!page) notFound();
  const settings = await getSettings();
  const isFirst = page.before === null;
  const { posts, nextCursor } = await getFrontPage(isFirst ? null : cursor, settings.postsPerPage);
  if (!isFirst && posts.length === 0) notFound();

  return (
    <>
      <h1 className="sr-only">{isFirst ? "Latest posts" : "Older posts"}</h1>
      <PostList
        posts={posts}
        timeZone={await getSiteTimeZone()}
        featureFirst={isFirst}
        olderHref={nextCursor ? `/page/${nextCursor}` : null}
        latestHref={isFirst ? null : "/"}
      />
    </>
  );
}
