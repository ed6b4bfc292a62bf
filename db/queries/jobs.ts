import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { posts, scheduledJobs } from "../schema";

/**
 * Claims a job if it is due and no other server holds it: the row stays locked
 * (SKIP LOCKED lets the others pass over it) until the caller's transaction ends.
 */
export async function claimDueJob(db: Database, name: string, now: Date): Promise<boolean> {
  await db.insert(scheduledJobs).values({ name, nextRunAt: now }).onConflictDoNothing();
  const rows = await db
    .select({ name: scheduledJobs.name })
    .from(scheduledJobs)
    .where(and(eq(scheduledJobs.name, name), sql`${scheduledJobs.nextRunAt} <= ${now.toISOString()}::timestamptz`))
    .for("update", { skipLocked: true });
  return rows.length > 0;
}

export async function finishJob(db: Database, name: string, result: { at: Date; next: Date; summary: string }): Promise<void> {
  await db
    .update(scheduledJobs)
    .set({ lastRunAt: result.at, nextRunAt: result.next, lastResult: result.summary.slice(0, 1000) })
    .where(eq(scheduledJobs.name, name));
}

/**
 * Work waiting, for the metrics endpoint: jobs past their time, and scheduled
 * posts past theirs (both small partial-index reads; posts_scheduled_idx).
 */
export async function countWaitingWork(db: Database, now: Date): Promise<{ jobsDue: number; scheduledPostsDue: number }> {
  const [jobs, due] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(scheduledJobs).where(sql`${scheduledJobs.nextRunAt} <= ${now.toISOString()}::timestamptz`),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(posts)
      .where(and(eq(posts.status, "scheduled"), sql`${posts.publishedAt} <= ${now.toISOString()}::timestamptz`)),
  ]);
  return { jobsDue: Number(jobs[0]?.n ?? 0), scheduledPostsDue: Number(due[0]?.n ?? 0) };
}
