import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { rateLimits } from "../schema";
import { truncateAll } from "../testing/reset";
import { clearRateLimit, hitRateLimit, peekRateLimit, purgeStaleRateLimits } from "./rate-limits";

const MINUTE = 60_000;

describe("rate limits in PostgreSQL", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("counts hits per key within the window", async () => {
    expect((await hitRateLimit(getDb(), { key: "a", windowMs: MINUTE })).count).toBe(1);
    expect((await hitRateLimit(getDb(), { key: "a", windowMs: MINUTE })).count).toBe(2);
    expect((await hitRateLimit(getDb(), { key: "b", windowMs: MINUTE })).count).toBe(1);
    expect((await peekRateLimit(getDb(), { key: "a", windowMs: MINUTE })).count).toBe(2);
    expect((await peekRateLimit(getDb(), { key: "missing", windowMs: MINUTE })).count).toBe(0);
  });

  it("starts a new window once the old one has passed", async () => {
    await hitRateLimit(getDb(), { key: "a", windowMs: MINUTE });
    await hitRateLimit(getDb(), { key: "a", windowMs: MINUTE });
    await getDb().update(rateLimits).set({ windowStart: sql`now() - interval '2 minutes'` }).where(sql`true`);
    expect((await peekRateLimit(getDb(), { key: "a", windowMs: MINUTE })).count).toBe(0);
    const state = await hitRateLimit(getDb(), { key: "a", windowMs: MINUTE });
    expect(state.count).toBe(1);
    expect(state.resetAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
  });

  it("loses no hit when many arrive at once", async () => {
    await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(getDb(), { key: "burst", windowMs: MINUTE })));
    expect((await peekRateLimit(getDb(), { key: "burst", windowMs: MINUTE })).count).toBe(40);
  });

  it("clears one key and purges stale ones", async () => {
    await hitRateLimit(getDb(), { key: "a", windowMs: MINUTE });
    await hitRateLimit(getDb(), { key: "old", windowMs: MINUTE });
    await clearRateLimit(getDb(), { key: "a" });
    expect((await peekRateLimit(getDb(), { key: "a", windowMs: MINUTE })).count).toBe(0);
    await getDb().update(rateLimits).set({ windowStart: sql`now() - interval '2 days'` }).where(sql`key = 'old'`);
    expect(await purgeStaleRateLimits(getDb(), { olderThanMs: 24 * 60 * MINUTE })).toBe(1);
  });
});
