import { getFrontPage, getSettings } from "@/lib/content";
import { getEnv } from "@/lib/env";
import { buildRss } from "@/lib/feeds/rss";

// The posts come from the same tagged cache as the home page, so a post published
// (or going live on schedule) is in the feed at once. Rendered per request (cheap),
// which also keeps the build away from the database.
export const dynamic = "force-dynamic";

export async function GET() {
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const [settings, page] = await Promise.all([getSettings(), getFrontPage(null, 20)]);
  const xml = buildRss({
    title: settings.title,
    description: settings.tagline,
    siteUrl: `${site}/`,
    feedUrl: `${site}/feed.xml`,
    items: page.posts.map((post) => ({
      title: post.headline,
      url: `${site}/posts/${post.slug}`,
      description: post.lead,
      author: post.authorName,
      category: post.category?.name ?? null,
      publishedAt: post.publishedAt,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
