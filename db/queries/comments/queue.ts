import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Keyset as Cursor } from "../keyset";
import type { Database } from "../../client";
import { type CommentStatus, commentStatusCounts, comments, posts } from "../../schema";

// The moderation queue's reads: one keyset-paged list across all posts, each
// filter backed by an index in the list's order, and the tab counts.

export const queueViews = ["pending", "approved", "spam", "trash", "reported"] as const;
export type QueueView = (typeof queueViews)[number];

export interface QueueFilters {
  view: QueueView;
  postId?: number;
  /** An email address (exact), or otherwise an author name (exact, any case). */
  author?: string;
  ip?: string;
  /** Words that must all appear in the comment text. */
  search?: string;
  order: "newest" | "oldest";
  /** Only comments on published posts: what a moderator (not an editor) may see. */
  publicOnly?: boolean;
  /** Only comments held or sent to spam for this reason ("spam-filter": by the learning filter). */
  reason?: string;
}

/** The comment's post is published: the public part of the queue. */
export const onPublishedPost = sql`exists (select 1 from ${posts} p where p.id = ${comments.postId} and p.status = 'published')`;

export interface QueueRow {
  id: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  userId: string | null;
  ip: string | null;
  body: string;
  bodyHtml: string | null;
  bodyHtmlVersion: number | null;
  moderationReason: string | null;
  /** The spam filter's score on arrival and its top reasons (null for comments it never scored). */
  spamScore: number | null;
  spamReasons: string[] | null;
  reportCount: number;
  createdAt: Date;
  editedAt: Date | null;
  postId: number;
  postSlug: string;
  postHeadline: string;
  parentId: number | null;
  parentAuthor: string | null;
  parentExcerpt: string | null;
  /** Approved comments by the same account or email (counted up to 1,000). */
  approvedCount: number;
}

function viewCondition(view: QueueView): SQL {
  return view === "reported"
    ? and(gt(comments.reportCount, 0), eq(comments.status, "approved"))!
    : eq(comments.status, view);
}

function filterConditions(filters: QueueFilters): SQL[] {
  const conditions: SQL[] = [viewCondition(filters.view)];
  if (filters.postId) conditions.push(eq(comments.postId, filters.postId));
  if (filters.author) {
    conditions.push(
      filters.author.includes("@")
        ? sql`lower(${comments.authorEmail}) = lower(${filters.author})`
        : sql`lower(${comments.authorName}) = lower(${filters.author})`,
    );
  }
  if (filters.ip) conditions.push(eq(comments.ip, filters.ip));
  if (filters.reason) conditions.push(eq(comments.moderationReason, filters.reason));
  if (filters.search) {
    conditions.push(sql`${comments.bodySearch} @@ plainto_tsquery('simple', ${filters.search})`);
  }
  if (filters.publicOnly) conditions.push(onPublishedPost);
  return conditions;
}

export function queueQuery(db: Database, filters: QueueFilters, page: { limit: number; after?: Cursor | null }) {
  const newest = filters.order === "newest";
  const conditions = filterConditions(filters);
  if (page.after) {
    const at = page.after.at.toISOString();
    const before = newest ? lt : gt;
    conditions.push(
      or(before(comments.createdAt, sql`${at}::timestamptz`), and(eq(comments.createdAt, sql`${at}::timestamptz`), before(comments.id, page.after.id)))!,
    );
  }
  const parent = sql.raw("parent");
  const direction = newest ? desc : asc;
  return db
    .select({
      id: comments.id,
      status: comments.status,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      authorUrl: comments.authorUrl,
      userId: comments.userId,
      ip: comments.ip,
      body: comments.body,
      bodyHtml: comments.bodyHtml,
      bodyHtmlVersion: comments.bodyHtmlVersion,
      moderationReason: comments.moderationReason,
      spamScore: comments.spamScore,
      spamReasons: comments.spamReasons,
      reportCount: comments.reportCount,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      postId: comments.postId,
      postSlug: posts.slug,
      postHeadline: posts.headline,
      parentId: comments.parentId,
      parentAuthor: sql<string | null>`(select ${parent}.author_name from comments ${parent} where ${parent}.id = ${comments.parentId})`,
      parentExcerpt: sql<string | null>`(select left(${parent}.body, 160) from comments ${parent} where ${parent}.id = ${comments.parentId})`,
      // Two plain subqueries, not one with a CASE inside, so each can use its index.
      approvedCount: sql<number>`case when ${comments.userId} is not null
        then (select count(*)::int from (select 1 from comments c2
              where c2.user_id = ${comments.userId} and c2.status = 'approved' limit 1000) counted)
        else (select count(*)::int from (select 1 from comments c2
              where lower(c2.author_email) = lower(${comments.authorEmail}) and c2.status = 'approved' limit 1000) counted)
        end`,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(...conditions))
    .orderBy(direction(comments.createdAt), direction(comments.id))
    .limit(page.limit + 1);
}

export async function listQueue(
  db: Database,
  filters: QueueFilters,
  page: { limit: number; after?: Cursor | null },
): Promise<{ rows: QueueRow[]; next: Cursor | null }> {
  const rows = await queueQuery(db, filters, page);
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return {
    rows: shown.map((row) => ({ ...row, approvedCount: Number(row.approvedCount), reportCount: Number(row.reportCount) })),
    next: rows.length > page.limit && last ? { at: last.createdAt, id: last.id } : null,
  };
}

/** Every id the filter matches, for "select all" across pages (capped so one action stays one transaction). */
export async function listQueueIds(db: Database, filters: QueueFilters, cap = 5000): Promise<{ id: number; status: CommentStatus }[]> {
  return db
    .select({ id: comments.id, status: comments.status })
    .from(comments)
    .where(and(...filterConditions(filters)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(cap);
}

/**
 * Comments per tab: statuses from the trigger-kept table (summing its shards), reports from their
 * partial index. For the public part only, the (few) comments on posts that are
 * not published are counted through the posts' status index and taken off.
 */
export async function queueCounts(db: Database, { publicOnly = false }: { publicOnly?: boolean } = {}): Promise<Record<QueueView, number>> {
  const [rows, reported, hidden] = await Promise.all([
    db
      .select({ status: commentStatusCounts.status, count: sql<number>`sum(${commentStatusCounts.count})::int` })
      .from(commentStatusCounts)
      .groupBy(commentStatusCounts.status),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(comments)
      .where(and(gt(comments.reportCount, 0), eq(comments.status, "approved"), publicOnly ? onPublishedPost : undefined)),
    publicOnly
      ? db
          .select({ status: comments.status, n: sql<number>`count(*)::int` })
          .from(comments)
          .where(inArray(comments.postId, db.select({ id: posts.id }).from(posts).where(inArray(posts.status, ["draft", "pending", "scheduled", "unpublished", "trash"]))))
          .groupBy(comments.status)
      : Promise.resolve([]),
  ]);
  const counts: Record<QueueView, number> = { pending: 0, approved: 0, spam: 0, trash: 0, reported: Number(reported[0]?.n ?? 0) };
  for (const row of rows) counts[row.status] = Math.max(0, Number(row.count));
  for (const row of hidden) counts[row.status] = Math.max(0, counts[row.status] - Number(row.n));
  return counts;
}

/** The comments an action will change, locked until the transaction ends, in id order (no deadlocks between moderators). */
export async function lockCommentsForModeration(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: comments.id,
      postId: comments.postId,
      status: comments.status,
      previousStatus: comments.previousStatus,
      onPublishedPost: sql<boolean>`${onPublishedPost}`,
    })
    .from(comments)
    .where(inArray(comments.id, ids))
    .orderBy(asc(comments.id))
    .for("update");
}
