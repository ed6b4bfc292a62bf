import { desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import { CHANNEL } from "./cache-invalidations.js";
import { categories, importRuns, legacyRedirects, tags, users, wordpressImportMap, type ImportStatus } from "../schema";

// Writes of a WordPress import. Every write of one post (the post, its tags, its
// comments, their mappings and redirects) runs in the caller's transaction.

export type ImportKind = "user" | "category" | "tag" | "post" | "comment";

/**
 * What an earlier run of the same import already created, by the export's ids.
 * One index probe per id (a join from the list), whatever the table's statistics
 * say while an import is filling it.
 */
export async function findMapped(db: Database, source: string, kind: ImportKind, sourceIds: string[]): Promise<Map<string, string>> {
  if (sourceIds.length === 0) return new Map();
  const rows = rowsOf<{ source_id: string; target_id: string }>(
    await db.execute(sql`
      select m.source_id, m.target_id
      from jsonb_array_elements_text(${JSON.stringify(sourceIds)}::jsonb) as wanted(id)
      join lateral (
        select source_id, target_id from wordpress_import_map
        where source = ${source} and kind = ${kind} and source_id = wanted.id
        limit 1
      ) m on true`),
  );
  return new Map(rows.map((row) => [row.source_id, row.target_id]));
}

export async function addMappings(db: Database, source: string, kind: ImportKind, pairs: [sourceId: string, targetId: string][]): Promise<void> {
  if (pairs.length === 0) return;
  await db
    .insert(wordpressImportMap)
    .values(pairs.map(([sourceId, targetId]) => ({ source, kind, sourceId, targetId })))
    .onConflictDoNothing();
}

/**
 * The account with this address, or a new author who has no password yet (they
 * set one by the reset flow). A new author's page address comes from their
 * WordPress login when there is one, as WordPress's own author archives did
 * (/author/<login>), made unique the same way as any account's (migration 0032).
 */
export async function ensureAuthorAccount(db: Database, account: { email: string; name: string; login?: string }): Promise<{ id: string; created: boolean }> {
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${account.email})`);
  if (existing) return { id: existing.id, created: false };
  const [inserted] = await db
    .insert(users)
    .values({
      email: account.email,
      name: account.name,
      role: "author",
      passwordHash: null,
      ...(account.login ? { slug: sql`broadsheet_user_slug(${account.login}, gen_random_uuid())` } : {}),
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (inserted) return { id: inserted.id, created: true };
  const [raced] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${account.email})`);
  return { id: raced!.id, created: false };
}

/** Account ids by lower-cased address, for linking comments to the people who wrote them. */
export async function usersByEmail(db: Database, emails: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, wanted));
  return new Map(rows.map((row) => [row.email, row.id]));
}

/** A section by slug: the existing one, or a new one. */
export async function ensureCategory(db: Database, category: { slug: string; name: string; description: string }): Promise<number> {
  const [row] = await db
    .insert(categories)
    .values(category)
    .onConflictDoUpdate({ target: categories.slug, set: { slug: sql`excluded.slug` } })
    .returning({ id: categories.id });
  return row!.id;
}

export async function ensureTag(db: Database, tag: { slug: string; name: string }): Promise<number> {
  const [row] = await db
    .insert(tags)
    .values(tag)
    .onConflictDoUpdate({ target: tags.slug, set: { slug: sql`excluded.slug` } })
    .returning({ id: tags.id });
  return row!.id;
}

/** Which of these slugs are in use, by a post or as an old address of one. */
export async function takenPostSlugs(db: Database, candidates: string[]): Promise<Set<string>> {
  const list = JSON.stringify(candidates);
  const rows = rowsOf<{ slug: string }>(
    await db.execute(sql`
      select slug from posts where slug in (select jsonb_array_elements_text(${list}::jsonb))
      union select slug from post_slug_redirects where slug in (select jsonb_array_elements_text(${list}::jsonb))`),
  );
  return new Set(rows.map((row) => row.slug));
}

/**
 * Fresh planner statistics for the tables an import fills: without them a
 * lookup by id in a mapping table that grew from nothing reads every row.
 */
export async function refreshImportStatistics(db: Database): Promise<void> {
  await db.execute(sql`analyze wordpress_import_map, comments, posts, users`);
}

export interface ImportedPost {
  slug: string;
  headline: string;
  lead: string;
  body: string;
  status: string;
  publishedAt: Date | null;
  authorId: string;
  categoryId: number | null;
  commentsOpen: boolean;
  coverImage: string | null;
  coverAlt: string;
  createdAt: Date;
  updatedAt: Date;
}

export async function insertImportedPost(db: Database, post: ImportedPost, tagIds: number[]): Promise<number> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into posts (slug, headline, lead, body, status, published_at, author_id, category_id, comments_open, cover_image, cover_alt, created_at, updated_at)
      values (${post.slug}, ${post.headline}, ${post.lead}, ${post.body}, ${post.status}::post_status, ${post.publishedAt?.toISOString() ?? null}::timestamptz,
        ${post.authorId}::uuid, ${post.categoryId}, ${post.commentsOpen}, ${post.coverImage}, ${post.coverAlt}, ${post.createdAt.toISOString()}::timestamptz, ${post.updatedAt.toISOString()}::timestamptz)
      returning id`),
  );
  const id = Number(rows[0]!.id);
  if (tagIds.length > 0) {
    await db.execute(sql`
      insert into post_tags (post_id, tag_id)
      select ${id}::int, t::int from jsonb_array_elements_text(${JSON.stringify([...new Set(tagIds)])}::jsonb) as x(t)
      on conflict do nothing`);
  }
  return id;
}

/** Comment ids taken from the identity sequence ahead of the insert, so replies can name their parents in the same statement. */
export async function reserveCommentIds(db: Database, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`select nextval(pg_get_serial_sequence('comments', 'id')) as id from generate_series(1, ${count}::int)`),
  );
  return rows.map((row) => Number(row.id));
}

/** Where already imported comments sit in their threads, for replies arriving in a later run. */
export async function commentPlaces(db: Database, ids: number[]): Promise<Map<number, { rootId: number | null; depth: number }>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: number; root_id: number | null; depth: number }>(
    await db.execute(sql`
      select id, root_id, depth from comments
      where id in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::int)`),
  );
  return new Map(rows.map((row) => [Number(row.id), { rootId: row.root_id === null ? null : Number(row.root_id), depth: Number(row.depth) }]));
}

export interface ImportedComment {
  id: number;
  postId: number;
  parentId: number | null;
  rootId: number | null;
  depth: number;
  userId: string | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  bodyHtml: string;
  bodyHtmlVersion: number;
  status: string;
  ip: string | null;
  ipKey: string | null;
  createdAt: string;
}

/** All of one post's new comments in one statement (parents may come after their replies: keys are checked at its end). */
export async function insertImportedComments(db: Database, rows: ImportedComment[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into comments (id, post_id, parent_id, root_id, depth, user_id, author_name, author_email, author_url, body, body_html, body_html_version, status, ip, ip_key, created_at, updated_at)
    overriding system value
    select id, "postId", "parentId", "rootId", depth, "userId", "authorName", "authorEmail", "authorUrl", body, "bodyHtml", "bodyHtmlVersion",
      status::comment_status, ip, "ipKey", "createdAt", "createdAt"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as c(
      id int, "postId" int, "parentId" int, "rootId" int, depth int, "userId" uuid, "authorName" text, "authorEmail" text, "authorUrl" text,
      body text, "bodyHtml" text, "bodyHtmlVersion" smallint, status text, ip text, "ipKey" text, "createdAt" timestamptz)`);
}

export async function addLegacyRedirects(db: Database, rows: { path: string; target: string }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db.insert(legacyRedirects).values(rows).onConflictDoNothing().returning({ path: legacyRedirects.path });
  return added.length;
}

export async function findLegacyRedirect(db: Database, path: string): Promise<string | null> {
  const [row] = await db.select({ target: legacyRedirects.target }).from(legacyRedirects).where(eq(legacyRedirects.path, path));
  return row?.target ?? null;
}

/**
 * One batch of one import at a time, site-wide, until the transaction ends: two
 * imports of the same file at once (two admins, a double upload) then take turns,
 * and each finds what the other's committed batches created instead of creating it again.
 */
export async function lockImportBatch(db: Database): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('broadsheet:wordpress-import'))`);
}

/** Expires cache tags on every app server (the same record and notification the servers use among themselves). */
export async function broadcastTagExpiry(db: Database, cacheTags: string[]): Promise<void> {
  await db.execute(sql`
    with added as (
      insert into cache_invalidations (tags, durations, origin)
      values ((select coalesce(array_agg(t), '{}') from jsonb_array_elements_text(${JSON.stringify(cacheTags)}::jsonb) as x(t)), null, 'import')
      returning id
    )
    select pg_notify(${CHANNEL}, id::text) from added`);
}

export type ImportRun = typeof importRuns.$inferSelect;

export async function createImportRun(db: Database, run: { fileName: string; totalBytes: number; startedBy?: string | null }): Promise<number> {
  const [row] = await db
    .insert(importRuns)
    .values({ fileName: run.fileName, totalBytes: run.totalBytes, startedBy: run.startedBy ?? null })
    .returning({ id: importRuns.id });
  return row!.id;
}

export async function updateImportRun(
  db: Database,
  id: number,
  change: Partial<{
    status: ImportStatus;
    readBytes: number;
    totalPosts: number;
    totalComments: number;
    donePosts: number;
    doneComments: number;
    report: unknown;
    error: string | null;
    finishedAt: Date;
  }>,
): Promise<void> {
  await db
    .update(importRuns)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(importRuns.id, id));
}

export async function recentImportRuns(db: Database, limit = 10): Promise<ImportRun[]> {
  return db.select().from(importRuns).orderBy(desc(importRuns.startedAt), desc(importRuns.id)).limit(limit);
}
