import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createCategory, createUser } from "../testing/fixtures";
import { truncateAll } from "../testing/reset";
import { usersListQuery } from "./users/admin";
import { approvedByQuery, duplicateQuery, ipLastHourQuery, lastCommentQueries } from "./comments/submission";
import { adminPostsQuery } from "./posts/admin-list";
import { auditLogQuery } from "./moderation/events";
import { queueQuery } from "./comments/queue";
import { approvedCountsQuery, approvedRepliesQuery, approvedRootsQuery } from "./comments/threads";
import { publishedPostBySlugQuery, publishedPostsQuery } from "./posts/published";
import { slugRedirectQuery } from "./posts/editor";
import { revisionsQuery } from "./posts/revisions";
import { dueScheduledQuery } from "./posts/scheduling";

// Every list a page shows must come from an index in order, not from a scan and a
// sort: with enough rows the planner's choice shows which. PostgreSQL only (the
// fallback PGlite run skips this file).
const url = process.env.DATABASE_URL;

describe.skipIf(!url)("query plans use the indexes", () => {
  let client: postgres.Sql;
  let postId: number;

  const plan = async (query: { toSQL(): { sql: string; params: unknown[] } }) => {
    const { sql: text, params } = query.toSQL();
    const rows = await client.unsafe(`explain ${text}`, params as postgres.ParameterOrJSON<never>[]);
    return rows.map((row) => String(row["QUERY PLAN"])).join("\n");
  };

  beforeAll(async () => {
    client = postgres(url!, { max: 1, onnotice: () => {} });
    const db = getDb();
    await truncateAll(db);
    const author = await createUser({ role: "author" });
    const category = await createCategory("city", "City");
    await db.execute(sql`
      insert into posts (slug, headline, status, published_at, author_id, category_id)
      select 'bulk-' || g, 'Headline ' || g, (case when g % 10 = 0 then 'draft' else 'published' end)::post_status,
             now() - (g || ' minutes')::interval, ${author.id}::uuid, case when g % 3 = 0 then ${category.id}::int end
      from generate_series(1, 5000) g`);
    const [post] = await client<{ id: number }[]>`select id from posts where slug = 'bulk-1'`;
    postId = post!.id;
    await db.execute(sql`
      insert into comments (post_id, author_name, author_email, body, status, created_at)
      select p.id, 'Reader', 'r' || (p.id % 500) || '@example.test', 'Text', (case when g % 4 = 0 then 'pending' else 'approved' end)::comment_status,
             now() - (g || ' seconds')::interval
      from posts p, generate_series(1, 4) g`);
    // One busy article: thousands of comments, a tenth of them replies.
    await db.execute(sql`
      insert into comments (post_id, author_name, author_email, body, status, created_at, parent_id, root_id, depth)
      select ${postId}::int, 'Reader', 'r' || (g % 700) || '@example.test', 'Text', 'approved', now() - (g || ' seconds')::interval,
             case when g % 10 = 0 then (select min(id) from comments where post_id = ${postId}::int) end,
             case when g % 10 = 0 then (select min(id) from comments where post_id = ${postId}::int) end,
             case when g % 10 = 0 then 1 else 0 end
      from generate_series(1, 6000) g`);
    await db.execute(sql`
      insert into users (email, name) select 'user' || g || '@example.test', 'User ' || g from generate_series(1, 3000) g`);
    await db.execute(sql`analyze`);
  }, 120_000);

  afterAll(async () => {
    await client.end();
  });

  it("the editor's revisions, old addresses and the publishing job: their own indexes", async () => {
    await getDb().execute(sql`
      insert into post_revisions (post_id, headline, slug, kicker, lead, body)
      select p.id, p.headline, p.slug, '', '', 'Words' from posts p, generate_series(1, 4) g`);
    await getDb().execute(sql`
      insert into post_slug_redirects (slug, post_id) select 'old-' || p.slug, p.id from posts p`);
    await getDb().execute(sql`analyze post_revisions`);
    await getDb().execute(sql`analyze post_slug_redirects`);
    const revisions = await plan(revisionsQuery(getDb(), postId));
    // One post's revisions (at most a few hundred) found by index; sorting those is cheap.
    expect(revisions).toContain("post_revisions_post_idx");
    expect(revisions).not.toMatch(/Seq Scan on post_revisions/);
    expect(await plan(slugRedirectQuery(getDb(), "bulk-1"))).toContain("post_slug_redirects_pkey");
    const due = await plan(dueScheduledQuery(getDb(), new Date()));
    expect(due).toContain("posts_scheduled_idx");
    expect(due).not.toMatch(/Seq Scan on posts|Sort\b/);
  });

  it("front page: newest published posts straight from posts_published_idx", async () => {
    const text = await plan(publishedPostsQuery(getDb(), { limit: 10 }));
    expect(text).toContain("posts_published_idx");
    expect(text).not.toMatch(/Seq Scan on posts|Sort\b/);
    const older = await plan(publishedPostsQuery(getDb(), { limit: 10, before: { at: new Date(Date.now() - 3_600_000), id: 100 } }));
    expect(older).toContain("posts_published_idx");
    expect(older).not.toMatch(/Seq Scan on posts|Sort\b/);
  });

  it("category archive: posts_category_published_idx", async () => {
    const text = await plan(publishedPostsQuery(getDb(), { limit: 10, categoryId: 1 }));
    expect(text).toContain("posts_category_published_idx");
    expect(text).not.toMatch(/Seq Scan on posts|Sort\b/);
  });

  it("article by slug and its comment threads", async () => {
    expect(await plan(publishedPostBySlugQuery(getDb(), { slug: "bulk-1" }))).toContain("posts_slug_unique");
    const roots = await plan(approvedRootsQuery(getDb(), { postId, limit: 50 }));
    expect(roots).toContain("comments_post_top_approved_idx");
    expect(roots).not.toMatch(/Seq Scan on comments/);
    const replies = await plan(approvedRepliesQuery(getDb(), { postId, rootIds: [1, 2, 3] }));
    expect(replies).toContain("comments_post_root_approved_idx");
  });

  it("later thread pages, newest first, and the thread's counts: the same partial indexes", async () => {
    for (const order of ["oldest", "newest"] as const) {
      const text = await plan(approvedRootsQuery(getDb(), { postId, limit: 50, offset: 50, order }));
      expect(text).toContain("comments_post_top_approved_idx");
      expect(text).not.toMatch(/Seq Scan on comments|Sort\b/);
    }
    const counts = await plan(approvedCountsQuery(getDb(), { postId }));
    expect(counts).toMatch(/comments_post_(root_approved|top_approved|status_created)_idx/);
    expect(counts).not.toMatch(/Seq Scan on comments/);
  });

  it("every look-up behind the comment rules comes from an index", async () => {
    const db = getDb();
    const userId = "00000000-0000-4000-8000-000000000000";
    // A newcomer: the common case, and the one the rules must answer without a scan.
    const probes: [string, { toSQL(): { sql: string; params: unknown[] } }][] = [
      ["approved by email", approvedByQuery(db, { userId: null, email: "first.visit@example.test" })],
      ["approved by account", approvedByQuery(db, { userId, email: "" })],
      ["from this address in the last hour", ipLastHourQuery(db, "10.0.0.1")],
      ["duplicate by email", duplicateQuery(db, { postId, parentId: null, userId: null, email: "first.visit@example.test", body: "Text" })],
      ["duplicate by account", duplicateQuery(db, { postId, parentId: 5, userId, email: "", body: "Text" })],
      ...lastCommentQueries(db, { userId, email: "first.visit@example.test", ipKey: "10.0.0.1" }).map(
        (query, i) => [`latest comment ${i}`, query!] as [string, { toSQL(): { sql: string; params: unknown[] } }],
      ),
    ];
    for (const [label, query] of probes) {
      const text = await plan(query);
      expect(text, label).not.toMatch(/Seq Scan on comments/);
      expect(text, label).toMatch(/Index/);
    }
  });

  it("moderation queue: each view and filter reads its own index in order", async () => {
    const cases: [string, Parameters<typeof queueQuery>[1], RegExp][] = [
      ["pending", { view: "pending", order: "newest" }, /comments_status_created_idx/],
      ["approved, oldest first", { view: "approved", order: "oldest" }, /comments_status_created_idx/],
      ["reported", { view: "reported", order: "newest" }, /comments_reported_idx/],
      ["one post", { view: "pending", postId, order: "newest" }, /comments_post_status_created_idx/],
      ["one email", { view: "approved", author: "first.visit@example.test", order: "newest" }, /comments_email_status_created_idx/],
      ["one name", { view: "approved", author: "Someone New", order: "newest" }, /comments_name_status_created_idx/],
      ["one address", { view: "pending", ip: "10.0.0.1", order: "newest" }, /comments_ip_status_created_idx/],
      ["search", { view: "approved", search: "zebra crossing", order: "newest" }, /comments_body_search_idx/],
    ];
    for (const [label, filters, index] of cases) {
      const text = await plan(queueQuery(getDb(), filters, { limit: 50, after: { at: new Date(), id: 1_000_000 } }));
      expect(text, label).toMatch(index);
      expect(text, label).not.toMatch(/Seq Scan on comments/);
    }
  });

  it("admin posts list: recently changed first, by status, author, section and headline words", async () => {
    const cases: [string, Parameters<typeof adminPostsQuery>[1], RegExp][] = [
      ["all", { status: "all" }, /posts_updated_idx/],
      ["drafts", { status: "draft" }, /posts_status_updated_idx/],
      ["one author", { status: "all", authorId: "00000000-0000-4000-8000-000000000000" }, /posts_author_updated_idx/],
      ["one section", { status: "all", categoryId: 1 }, /posts_category_updated_idx/],
      ["headline words", { status: "all", search: "harbour ferry" }, /posts_headline_search_idx/],
    ];
    for (const [label, filters, index] of cases) {
      const text = await plan(adminPostsQuery(getDb(), filters, { limit: 50 }));
      expect(text, label).toMatch(index);
      expect(text, label).not.toMatch(/Seq Scan on posts/);
    }
  });

  it("audit log by moderator and by comment", async () => {
    await getDb().execute(sql`
      insert into moderation_events (action, comment_ids, changes, created_at)
      select 'approve', array[g, g + 1], '{"changes": []}'::jsonb, now() - (g || ' seconds')::interval
      from generate_series(1, 5000) g`);
    await getDb().execute(sql`analyze moderation_events`);
    const byActor = await plan(auditLogQuery(getDb(), { actorId: "00000000-0000-4000-8000-000000000000" }, { limit: 50 }));
    expect(byActor).toMatch(/moderation_events_(actor|created)_idx/);
    const byComment = await plan(auditLogQuery(getDb(), { commentId: 42 }, { limit: 50 }));
    expect(byComment).not.toMatch(/Seq Scan on moderation_events/);
  });

  it("admin users list: users_created_idx", async () => {
    const text = await plan(usersListQuery(getDb(), { limit: 50 }));
    expect(text).toContain("users_created_idx");
    expect(text).not.toMatch(/Seq Scan on users|Sort\b/);
  });
});
