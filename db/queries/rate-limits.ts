import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { rateLimits } from "../schema";
import type { Database } from "../client";

export interface RateLimitState {
  count: number;
  /** When the current window ends and the count starts again from zero. */
  resetAt: Date;
}

// Windows are measured with the database clock, so servers with skewed clocks agree.
const windowExpired = (windowMs: number) =>
  sql`${rateLimits.windowStart} <= now() - make_interval(secs => ${windowMs / 1000})`;

const DAY_MS = 86_400_000;

/** Counts one event against `key` and returns the count in the current window, atomically. */
export async function hitRateLimit(db: Database, { key, windowMs }: { key: string; windowMs: number }): Promise<RateLimitState> {
  // One hit in a few hundred also sweeps counters idle for a day, so the table
  // stays small with no scheduled job (every app server shares the chore).
  if (Math.random() < 1 / 500) await purgeStaleRateLimits(db, { olderThanMs: DAY_MS });
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`case when ${windowExpired(windowMs)} then now() else ${rateLimits.windowStart} end`,
        count: sql`case when ${windowExpired(windowMs)} then 1 else ${rateLimits.count} + 1 end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  return { count: row!.count, resetAt: new Date(row!.windowStart.getTime() + windowMs) };
}

/** The count in the current window without adding to it. */
export async function peekRateLimit(db: Database, { key, windowMs }: { key: string; windowMs: number }): Promise<RateLimitState> {
  const [row] = await db
    .select({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), sql`not (${windowExpired(windowMs)})`))
    .limit(1);
  return row ? { count: row.count, resetAt: new Date(row.windowStart.getTime() + windowMs) } : { count: 0, resetAt: new Date() };
}

/** Gives back one place taken by hitRateLimit (an attempt that turned out fine). */
export async function releaseRateLimit(db: Database, { key }: { key: string }): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

export async function clearRateLimit(db: Database, { key }: { key: string }): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Removes counters whose window ended long ago; the table stays small. */
export async function purgeStaleRateLimits(db: Database, { olderThanMs }: { olderThanMs: number }): Promise<number> {
  const deleted = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, sql`now() - make_interval(secs => ${olderThanMs / 1000})`))
    .returning({ key: rateLimits.key });
  return deleted.length;
}
