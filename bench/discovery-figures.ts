// Discovery figures (issue 15) at a big archive's size: the database time behind
// an author page, the sitemaps and the feeds, and Lighthouse's SEO score for the
// pages search engines land on.
import { sql } from "drizzle-orm";
import { feedCommentsQuery } from "@/db/queries/comments/feed";
import { listPublishedPosts } from "@/db/queries/posts/published";
import { listSitemapAuthors, listSitemapPosts, listSitemapSections, listSitemapTags, SITEMAP_ID_SPAN, sitemapFileCounts } from "@/db/queries/sitemap";
import { getAuthorBySlug } from "@/db/queries/users/authors";
import { rowsOf } from "@/db/rows";
import { getDb } from "@/lib/db";
import { buildUrlset } from "@/lib/seo/sitemap-xml";
import { lighthouseAvailable, seoAudit } from "./lighthouse";
import { heading, line, ms, percentile, sampleTimes } from "./stats";

const figure = (samples: number[]) => `p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`;

export async function measureDiscoveryQueries(iterations = 20): Promise<void> {
  const db = getDb();
  const [busiest] = rowsOf<{ slug: string; id: string; n: number }>(
    await db.execute(sql`select u.slug, u.id, count(*)::int as n from posts p join users u on u.id = p.author_id where p.status = 'published' group by u.id order by n desc limit 1`),
  );
  const [counts] = rowsOf<{ posts: number; comments: number }>(await db.execute(sql`select (select count(*)::int from posts) as posts, (select count(*)::int from comments) as comments`));
  heading(`Discovery: database time at ${counts!.posts.toLocaleString("en-GB")} posts, ${counts!.comments.toLocaleString("en-GB")} comments`);
  if (busiest) {
    line(`author page, first page (${busiest.n.toLocaleString("en-GB")} stories)`, figure(await sampleTimes(async () => {
      const author = await getAuthorBySlug(db, { slug: busiest.slug });
      await listPublishedPosts(db, { limit: 10, authorId: author!.id });
    }, iterations)));
    // A page far back: the keyset of the 50,000th story.
    const [deep] = rowsOf<{ at: Date | string; id: number }>(await db.execute(sql`select published_at as at, id from posts where author_id = ${busiest.id} and status = 'published' order by published_at desc, id desc offset ${Math.floor(busiest.n / 2)} limit 1`));
    if (deep) line("author page halfway back", figure(await sampleTimes(() => listPublishedPosts(db, { limit: 10, authorId: busiest.id, before: { at: new Date(deep.at), id: deep.id } }), iterations)));
  }
  const files = await sitemapFileCounts(db);
  line("sitemap index (file counts)", figure(await sampleTimes(() => sitemapFileCounts(db), iterations)));
  let built = 0;
  line(`sitemap: one posts file (${SITEMAP_ID_SPAN.toLocaleString("en-GB")} ids), query + XML`, figure(await sampleTimes(async () => {
    const entries = await listSitemapPosts(db, 1);
    built = buildUrlset(entries.map((entry) => ({ loc: `https://news.example/posts/${entry.slug}`, lastModified: entry.lastModified }))).length;
  }, iterations)));
  line("  its size", `${(built / 1024).toFixed(0)} kB uncompressed; ${files.posts} posts files in all`);
  line("sitemap: sections", figure(await sampleTimes(() => listSitemapSections(db), iterations)));
  line("sitemap: authors", figure(await sampleTimes(() => listSitemapAuthors(db), iterations)));
  line("sitemap: one tags file", figure(await sampleTimes(() => listSitemapTags(db, 0), iterations)));
  line("comments feed, whole site (30)", figure(await sampleTimes(() => feedCommentsQuery(db, { limit: 30 }), iterations)));
}

/** Lighthouse SEO on the pages search engines and readers land on. */
export async function measureSeo(base: string, paths: Record<string, string>): Promise<void> {
  heading("Lighthouse SEO (target 100)");
  if (!lighthouseAvailable) {
    line("Lighthouse", "skipped: no Chromium (set CHROME_PATH)");
    return;
  }
  for (const [label, path] of Object.entries(paths)) {
    const result = await seoAudit(`${base}${path}`);
    line(`${label} (${path})`, `${result.score}${result.failed.length ? `  not passed: ${result.failed.join("; ")}` : ""}`);
  }
}
