import postgres from "postgres";
import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgDialect } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db";
import { truncateAll } from "../testing/reset";
import { feedCommentsQuery } from "./comments/feed";
import { publishedPostsQuery } from "./posts/published";
import { sitemapAuthorsSql, sitemapPostsQuery, sitemapSectionsSql, sitemapTagsQuery } from "./sitemap";
import { authorBySlugQuery } from "./users/authors";
import { indexedNewestSql, parseSearchQuery, searchPageSql, walkNewestSql } from "./search";

// Author pages, feeds and sitemaps at the size #15 names: 100,000 posts (a tenth
// of them not published), 50 authors among 5,000 accounts, 2,000 tags, 200,000
// comments. Every query must come from an index in order, never a scan of posts
// or comments and a sort. PostgreSQL only (the PGlite run skips this file).
const url = process.env.DATABASE_URL;

describe.skipIf(!url)("discovery and search queries use their indexes at 100,000 posts", () => {
  let client: postgres.Sql;
  let busyPostId: number;
  let authorId: string;

  const explain = async (text: string, params: unknown[] = []) =>
    (await client.unsafe(`explain ${text}`, params as postgres.ParameterOrJSON<never>[])).map((row) => String(row["QUERY PLAN"])).join("\n");
  const plan = (query: { toSQL(): { sql: string; params: unknown[] } }) => {
    const { sql: text, params } = query.toSQL();
    return explain(text, params);
  };
  const planSql = (query: SQL) => {
    const { sql: text, params } = new PgDialect().sqlToQuery(query);
    return explain(text, params);
  };

  beforeAll(async () => {
    client = postgres(url!, { max: 1, onnotice: () => {} });
    await truncateAll(getDb());
    // Rows only: the search, slug and counter triggers would take minutes at this
    // size and change no plan (account addresses are given directly instead).
    await client.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      await tx.unsafe(`insert into users (email, name, role, slug) select 'writer' || g || '@example.test', 'Writer ' || g, 'author', 'writer-' || g from generate_series(1, 50) g`);
      await tx.unsafe(`insert into users (email, name, slug) select 'reader' || g || '@example.test', 'Reader ' || g, 'reader-' || g from generate_series(1, 5000) g`);
      await tx.unsafe(`insert into categories (slug, name) select 'section-' || g, 'Section ' || g from generate_series(1, 10) g`);
      await tx.unsafe(`insert into tags (slug, name) select 'tag-' || g, 'Tag ' || g from generate_series(1, 2000) g`);
      await tx.unsafe(`
        with writers as (select id, row_number() over (order by email) as n from users where role = 'author'),
             sections as (select id, row_number() over (order by id) as n from categories)
        insert into posts (slug, headline, status, published_at, author_id, category_id)
        select 'story-' || g, 'Story ' || g, (case when g % 10 = 0 then 'draft' else 'published' end)::post_status,
               case when g % 10 = 0 then null else now() - (g || ' minutes')::interval end,
               (select id from writers where n = 1 + g % 50), (select id from sections where n = 1 + g % 10)
        from generate_series(1, 100000) g`);
      await tx.unsafe(`insert into post_tags (post_id, tag_id) select p.id, t.id from posts p join tags t on t.slug = 'tag-' || (1 + p.id % 2000)`);
      await tx.unsafe(`
        insert into comments (post_id, author_name, author_email, body, status, created_at)
        select 1 + (g * 7919) % 100000 + (select min(id) - 1 from posts), 'Reader', 'r' || (g % 500) || '@example.test', 'Text',
               (case when g % 5 = 0 then 'pending' else 'approved' end)::comment_status, now() - (g || ' seconds')::interval
        from generate_series(1, 200000) g`);
      // Search documents as the trigger would make them (headline only; "story" is in every post).
      await tx.unsafe(`update posts set search = setweight(to_tsvector('english', headline), 'A')`);
    });
    const [busy] = await client<{ id: number; author_id: string }[]>`select id, author_id from posts where slug = 'story-1'`;
    busyPostId = busy!.id;
    authorId = busy!.author_id;
    await client`analyze`;
  }, 300_000);

  afterAll(async () => {
    await client.end();
  });

  it("an author page: the author by address, then their posts newest first", async () => {
    const [author] = await client<{ slug: string }[]>`select slug from users where id = ${authorId}`;
    const byAddress = await plan(authorBySlugQuery(getDb(), { slug: author!.slug }));
    expect(byAddress).toContain("users_slug_idx");
    expect(byAddress).not.toMatch(/Seq Scan on (users|posts)/);
    for (const before of [null, { at: new Date(Date.now() - 50_000 * 60_000), id: 50_000 }]) {
      const list = await plan(publishedPostsQuery(getDb(), { limit: 10, before, authorId }));
      expect(list).toContain("posts_author_published_idx");
      expect(list).not.toMatch(/Seq Scan on posts|Sort\b/);
    }
  });

  it("the comment feeds: newest approved comments site-wide and on one story", async () => {
    const all = await plan(feedCommentsQuery(getDb(), { limit: 30 }));
    expect(all).toContain("comments_status_created_idx");
    expect(all).not.toMatch(/Seq Scan on (comments|posts)|Sort\b/);
    const one = await plan(feedCommentsQuery(getDb(), { postId: busyPostId, limit: 30 }));
    expect(one).toMatch(/comments_post_status_created_idx/);
    expect(one).not.toMatch(/Seq Scan on comments/);
  });

  it("sitemaps: posts and tags by id range, sections and authors by skipping through indexes", async () => {
    const posts = await plan(sitemapPostsQuery(getDb(), 4));
    expect(posts).toContain("posts_pkey");
    expect(posts).not.toMatch(/Seq Scan on posts|Sort\b/);
    const tags = await plan(sitemapTagsQuery(getDb(), 0));
    expect(tags).not.toMatch(/Seq Scan on (post_tags|posts)/);
    expect(tags).toMatch(/post_tags_tag_idx|post_tags_pkey/);
    const sections = await planSql(sitemapSectionsSql);
    expect(sections).toContain("posts_category_published_idx");
    expect(sections).not.toMatch(/Seq Scan on posts/);
    const authors = await planSql(sitemapAuthorsSql);
    expect(authors).toContain("posts_author_published_idx");
    expect(authors).not.toMatch(/Seq Scan on posts/);
    const top = await explain("select max(id) from posts");
    expect(top).toMatch(/Index Only Scan Backward using posts_pkey/);
  });

  it("site search: the newest posts in date order, the search index for the rest, the page by id", async () => {
    const parsed = (await parseSearchQuery(getDb(), "story"))!;
    const input = { before: null, limit: 11, now: new Date() };
    const walk = await planSql(walkNewestSql(parsed, input));
    expect(walk).toContain("posts_published_idx");
    expect(walk).not.toMatch(/Seq Scan on posts|Bitmap Heap Scan on posts|Sort\b/);
    const rare = (await parseSearchQuery(getDb(), "12345"))!;
    const indexed = await planSql(indexedNewestSql(rare, input));
    expect(indexed).toContain("posts_search_idx");
    expect(indexed).not.toMatch(/Seq Scan on posts/);
    const page = await planSql(searchPageSql(parsed, { ids: [1, 2, 3], order: "relevance", after: null, limit: 11 }));
    expect(page).toContain("posts_pkey");
    expect(page).not.toMatch(/Seq Scan on posts/);
    expect(await parseSearchQuery(getDb(), "the -")).toBeNull();
  });
});
