import { count } from "drizzle-orm";
import { getDb } from "../index";
import { type CommentStatus, commentStatusCounts, type PostStatus, posts } from "../schema";

export async function countPostsByStatus(): Promise<Partial<Record<PostStatus, number>>> {
  const rows = await getDb().select({ status: posts.status, n: count() }).from(posts).groupBy(posts.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

/** From the trigger-kept counters (drizzle/0007): one small read however many comments there are. */
export async function countCommentsByStatus(): Promise<Partial<Record<CommentStatus, number>>> {
  const rows = await getDb().select().from(commentStatusCounts);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
