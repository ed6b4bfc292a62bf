import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { posts } from "../../schema";

/** Scheduled posts whose time has come, switched to published; returns them for cache invalidation. */
export function dueScheduledQuery(db: Database, now: Date) {
  return db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.status, "scheduled"), lte(posts.publishedAt, now)))
    .orderBy(asc(posts.publishedAt), asc(posts.id))
    .limit(500)
    .for("update", { skipLocked: true });
}

export async function publishDuePosts(db: Database, now: Date) {
  const due = await dueScheduledQuery(db, now);
  if (!due.length) return [];
  return db
    .update(posts)
    .set({ status: "published", version: sql`${posts.version} + 1` })
    .where(and(inArray(posts.id, due.map((row) => row.id)), eq(posts.status, "scheduled")))
    .returning({ id: posts.id, slug: posts.slug, categoryId: posts.categoryId });
}

/** The next scheduled publication time, so the runner can wake for it. */
export async function nextScheduledAt(db: Database): Promise<Date | null> {
  const [row] = await db
    .select({ at: posts.publishedAt })
    .from(posts)
    .where(eq(posts.status, "scheduled"))
    .orderBy(asc(posts.publishedAt))
    .limit(1);
  return row?.at ?? null;
}
