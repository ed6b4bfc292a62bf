import { count } from "drizzle-orm";
import { getDb } from "../index";
import { type CommentStatus, comments, type PostStatus, posts } from "../schema";

export async function countPostsByStatus(): Promise<Partial<Record<PostStatus, number>>> {
  const rows = await getDb().select({ status: posts.status, n: count() }).from(posts).groupBy(posts.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

export async function countCommentsByStatus(): Promise<Partial<Record<CommentStatus, number>>> {
  const rows = await getDb().select({ status: comments.status, n: count() }).from(comments).groupBy(comments.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}
