import "server-only";
import { and, asc, eq, exists, gte, lt, max, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import { posts, postTags, tags } from "../schema";
import { isVisiblePost } from "./posts/published";

// What the sitemaps list. Posts and tags are split into files by id range
// (SITEMAP_ID_SPAN ids each), so any one file is a primary-key range scan
// however many posts there are, and the index needs only the highest id.

/** Ids per sitemap file: well under the 50,000 addresses a sitemap may hold. */
export const SITEMAP_ID_SPAN = 10_000;

export interface SitemapEntry {
  slug: string;
  lastModified: Date | null;
}

/** How many id-range files posts and tags need (the highest id, from the primary key). */
export async function sitemapFileCounts(db: Database): Promise<{ posts: number; tags: number }> {
  const [[postRow], [tagRow]] = await Promise.all([db.select({ top: max(posts.id) }).from(posts), db.select({ top: max(tags.id) }).from(tags)]);
  const files = (top: number | null | undefined) => (top ? Math.floor(top / SITEMAP_ID_SPAN) + 1 : 1);
  return { posts: files(postRow?.top), tags: files(tagRow?.top) };
}

/** The query behind listSitemapPosts, unexecuted, so tests can check its plan. */
export function sitemapPostsQuery(db: Database, file: number) {
  return db
    .select({ slug: posts.slug, publishedAt: posts.publishedAt, updatedAt: posts.updatedAt })
    .from(posts)
    .where(and(gte(posts.id, file * SITEMAP_ID_SPAN), lt(posts.id, (file + 1) * SITEMAP_ID_SPAN), isVisiblePost()))
    .orderBy(asc(posts.id));
}

/** Published posts in one id range, with when each last changed. */
export async function listSitemapPosts(db: Database, file: number): Promise<SitemapEntry[]> {
  const rows = await sitemapPostsQuery(db, file);
  return rows.map((row) => ({ slug: row.slug, lastModified: row.publishedAt && row.publishedAt > row.updatedAt ? row.publishedAt : row.updatedAt }));
}

/** Sections with at least one published post, and when their newest went out (posts_category_published_idx, read backwards). */
export async function listSitemapSections(db: Database): Promise<SitemapEntry[]> {
  const result = await db.execute(sitemapSectionsSql);
  return rowsOf<{ slug: string; lastModified: Date | string }>(result).map((row) => ({ slug: row.slug, lastModified: new Date(row.lastModified) }));
}

export const sitemapSectionsSql = sql`
    select c.slug, latest.at as "lastModified"
    from categories c
    -- One step down posts_category_published_idx from (section, now): the row
    -- comparison keeps the planner on that index (with "category_id = c.id" it may
    -- walk every section's newest posts instead, which is slow for a quiet section).
    cross join lateral (
      select p.category_id, p.published_at as at from posts p
      where p.status = 'published' and (p.category_id, p.published_at) <= (c.id, now())
      order by p.category_id desc, p.published_at desc limit 1
    ) latest
    where latest.category_id = c.id
    order by c.id`;

/** Tags in one id range that are on at least one published post. */
export async function listSitemapTags(db: Database, file: number): Promise<SitemapEntry[]> {
  const rows = await sitemapTagsQuery(db, file);
  return rows.map((row) => ({ slug: row.slug, lastModified: null }));
}

/** The query behind listSitemapTags, unexecuted, so tests can check its plan. */
export function sitemapTagsQuery(db: Database, file: number) {
  const used = db
    .select({ one: sql`1` })
    .from(postTags)
    .innerJoin(posts, eq(posts.id, postTags.postId))
    .where(and(eq(postTags.tagId, tags.id), isVisiblePost()));
  return db
    .select({ slug: tags.slug })
    .from(tags)
    .where(and(gte(tags.id, file * SITEMAP_ID_SPAN), lt(tags.id, (file + 1) * SITEMAP_ID_SPAN), exists(used)))
    .orderBy(asc(tags.id));
}

/**
 * Everyone with a published post (their author pages), and when their newest
 * went out. The authors are found by skipping through posts_author_published_idx
 * one author at a time (a loose index scan), not by reading every post.
 */
export async function listSitemapAuthors(db: Database): Promise<SitemapEntry[]> {
  const result = await db.execute(sitemapAuthorsSql);
  return rowsOf<{ slug: string; lastModified: Date | string }>(result).map((row) => ({ slug: row.slug, lastModified: new Date(row.lastModified) }));
}

export const sitemapAuthorsSql = sql`
    with recursive authors as (
      (select author_id from posts where status = 'published' order by author_id limit 1)
      union all
      select (select p.author_id from posts p where p.status = 'published' and p.author_id > authors.author_id order by p.author_id limit 1)
      from authors where authors.author_id is not null
    )
    select u.slug, latest.at as "lastModified"
    from authors
    join users u on u.id = authors.author_id
    cross join lateral (
      select p.author_id, p.published_at as at from posts p
      where p.status = 'published' and (p.author_id, p.published_at) <= (authors.author_id, now())
      order by p.author_id desc, p.published_at desc limit 1
    ) latest
    where latest.author_id = authors.author_id
    order by u.slug`;
