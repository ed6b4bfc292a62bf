import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { queueCounts } from "./queries/comments/queue";
import { seedDemo } from "@/lib/demo-content";
import { seedLargeComments } from "./seed-large";
import { truncateAll } from "./testing/reset";

describe("the large comment seed", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    await seedDemo(getDb());
  });

  it("adds the asked-for comments in every status, reports progress, and leaves the tab counts exact", async () => {
    const before = await queueCounts(getDb());
    const progress: number[] = [];
    await seedLargeComments(getDb(), { total: 2_500, batch: 1_000, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1_000, 2_000, 2_500]);
    const result: unknown = await getDb().execute(sql`select status::text, count(*)::int as n from comments group by status`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { status: string; n: number }[];
    const actual = Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    const counts = await queueCounts(getDb());
    for (const status of ["pending", "approved", "spam", "trash"] as const) expect(counts[status]).toBe(actual[status] ?? 0);
    expect(counts.approved + counts.pending + counts.spam + counts.trash - (before.approved + before.pending + before.spam + before.trash)).toBe(2_500);
    // The counting trigger is back on afterwards.
    await getDb().execute(sql`update comments set status = 'trash' where id = (select min(id) from comments where status = 'approved')`);
    expect((await queueCounts(getDb())).trash).toBe(counts.trash + 1);
  });
});
