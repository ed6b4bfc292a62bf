import "server-only";
import { and, asc, desc, eq, gt, gte, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import { commentDailyCounts, comments, moderationEvents, postDailyCommentCounts, posts } from "../schema";
import { onPublishedPost } from "./comments/queue";

// The dashboard's figures. Each is one indexed read or a read of the counters the
// trigger keeps (comment_daily_counts), so the page costs the same at 500,000
// comments as at 50.

/** Comments per UTC day since `from` (a YYYY-MM-DD day), by status. */
export async function commentsPerDay(db: Database, from: string) {
  const rows = await db
    .select({ day: commentDailyCounts.day, status: commentDailyCounts.status, n: sql<number>`sum(${commentDailyCounts.count})::int` })
    .from(commentDailyCounts)
    .where(gte(commentDailyCounts.day, from))
    .groupBy(commentDailyCounts.day, commentDailyCounts.status);
  return rows.filter((row) => row.n > 0);
}

/** Comments in spam that arrived since `from`, by the reason they were held or refused with. */
export async function spamByReason(db: Database, from: string) {
  const rows = await db
    .select({ reason: commentDailyCounts.reason, n: sql<number>`sum(${commentDailyCounts.count})::int` })
    .from(commentDailyCounts)
    .where(and(gte(commentDailyCounts.day, from), eq(commentDailyCounts.status, "spam")))
    .groupBy(commentDailyCounts.reason);
  return rows.filter((row) => row.n > 0).sort((a, b) => b.n - a.n);
}

/** When the oldest comment still held arrived (on a published post only, for moderators). */
export async function oldestHeldAt(db: Database, { publicOnly }: { publicOnly: boolean }): Promise<Date | null> {
  const [row] = await db
    .select({ at: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.status, "pending"), publicOnly ? onPublishedPost : undefined))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(1);
  return row?.at ?? null;
}

/**
 * Median time from a comment's arrival to a moderator's first decision on it
 * (approve, spam or trash), for decisions since `weekAgo` and in the week before.
 */
export async function moderationSpeed(db: Database, { weekAgo, twoWeeksAgo }: { weekAgo: Date; twoWeeksAgo: Date }) {
  const rows = await db.execute<{ this_week: boolean; median_seconds: number | null; decided: number }>(sql`
    with first_decisions as (
      select decided.comment_id, min(decided.at) as decided_at
      from (
        select unnest(${moderationEvents.commentIds}) as comment_id, ${moderationEvents.createdAt} as at
        from ${moderationEvents}
        where ${moderationEvents.createdAt} >= ${twoWeeksAgo.toISOString()}::timestamptz
          and ${moderationEvents.action} in ('approve', 'spam', 'trash')
          and ${moderationEvents.actorId} is not null
      ) decided
      group by decided.comment_id
    )
    select (f.decided_at >= ${weekAgo.toISOString()}::timestamptz) as this_week,
           percentile_cont(0.5) within group (order by extract(epoch from f.decided_at - c.created_at))::float8 as median_seconds,
           count(*)::int as decided
    from first_decisions f join ${comments} c on c.id = f.comment_id
    group by 1`);
  const list = rowsOf<{ this_week: boolean; median_seconds: number | null; decided: number }>(rows);
  const week = (thisWeek: boolean) => {
    const row = list.find((r) => r.this_week === thisWeek);
    return { medianSeconds: row?.median_seconds ?? null, decided: row?.decided ?? 0 };
  };
  return { thisWeek: week(true), lastWeek: week(false) };
}

/** The posts with the most approved comments that arrived on or after the UTC day `from` (the counters). */
export async function mostDiscussedPosts(db: Database, { from, publicOnly, limit = 5 }: { from: string; publicOnly: boolean; limit?: number }) {
  const counted = db
    .select({ postId: postDailyCommentCounts.postId, n: sql<number>`sum(${postDailyCommentCounts.count})::int`.as("n") })
    .from(postDailyCommentCounts)
    .where(and(gte(postDailyCommentCounts.day, from), eq(postDailyCommentCounts.status, "approved")))
    .groupBy(postDailyCommentCounts.postId)
    .as("counted");
  return db
    .select({ id: posts.id, headline: posts.headline, slug: posts.slug, comments: counted.n })
    .from(counted)
    .innerJoin(posts, eq(posts.id, counted.postId))
    .where(and(gt(counted.n, 0), publicOnly ? eq(posts.status, "published") : undefined))
    .orderBy(desc(counted.n), asc(posts.id))
    .limit(limit);
}

/** Posts published per week (weeks start on Monday, UTC) since `since`. */
export async function postsPublishedPerWeek(db: Database, since: Date) {
  return db
    .select({ week: sql<string>`to_char(date_trunc('week', ${posts.publishedAt} at time zone 'UTC'), 'YYYY-MM-DD')`, n: sql<number>`count(*)::int` })
    .from(posts)
    .where(and(eq(posts.status, "published"), gte(posts.publishedAt, since)))
    .groupBy(sql`1`);
}

export async function upcomingScheduledPosts(db: Database, limit = 5) {
  return db
    .select({ id: posts.id, headline: posts.headline, publishAt: posts.publishedAt })
    .from(posts)
    .where(eq(posts.status, "scheduled"))
    .orderBy(asc(posts.publishedAt), asc(posts.id))
    .limit(limit);
}

/** Posts authors have sent for review, longest waiting first. */
export async function postsAwaitingReview(db: Database, limit = 5) {
  return db
    .select({ id: posts.id, headline: posts.headline, since: posts.updatedAt })
    .from(posts)
    .where(eq(posts.status, "pending"))
    .orderBy(asc(posts.updatedAt), asc(posts.id))
    .limit(limit);
}

/** An author's latest posts with their published comments and those waiting. */
export async function authorPostFigures(db: Database, authorId: string, limit = 10) {
  // From the counters. Qualified by hand: in a one-table select drizzle writes a bare
  // "id", which inside this subquery would mean the counter row's.
  const counts = (status: "approved" | "pending") =>
    sql<number>`(select coalesce(sum(c.count), 0)::int from ${postDailyCommentCounts} c where c.post_id = "posts"."id" and c.status = ${status})`;
  return db
    .select({ id: posts.id, headline: posts.headline, slug: posts.slug, status: posts.status, approved: counts("approved"), pending: counts("pending") })
    .from(posts)
    .where(and(eq(posts.authorId, authorId), ne(posts.status, "trash")))
    .orderBy(desc(posts.updatedAt), desc(posts.id))
    .limit(limit);
}
