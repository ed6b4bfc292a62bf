import "server-only";
import { count, sql } from "drizzle-orm";
import { type CommentStatus, commentStatusCounts, type PostStatus, posts } from "../schema";
import type { Database } from "../client";

export async function countPostsByStatus(db: Database): Promise<Partial<Record<PostStatus, number>>> {
  const rows = await db.select({ status: posts.status, n: count() }).from(posts).groupBy(posts.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

/** From the trigger-kept counters (drizzle/0007, sharded in 0018): one small read however many comments there are. */
export async function countCommentsByStatus(db: Database): Promise<Partial<Record<CommentStatus, number>>> {
  const rows = await db
    .select({ status: commentStatusCounts.status, count: sql<number>`sum(${commentStatusCounts.count})::int` })
    .from(commentStatusCounts)
    .groupBy(commentStatusCounts.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
