import "server-only";
import { count } from "drizzle-orm";
import { type CommentStatus, commentStatusCounts, type PostStatus, posts } from "../schema";
import type { Database } from "../client";

export async function countPostsByStatus(db: Database): Promise<Partial<Record<PostStatus, number>>> {
  const rows = await db.select({ status: posts.status, n: count() }).from(posts).groupBy(posts.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

/** From the trigger-kept counters (drizzle/0007): one small read however many comments there are. */
export async function countCommentsByStatus(db: Database): Promise<Partial<Record<CommentStatus, number>>> {
  const rows = await db.select().from(commentStatusCounts);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
