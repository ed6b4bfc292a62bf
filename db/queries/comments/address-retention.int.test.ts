import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { commentReports } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { getDb } from "@/lib/db";
import { jobs } from "@/lib/jobs/jobs";
import { writeDiscussionSettings, readDiscussionSettings } from "@/lib/settings/store";

const DAY = 86_400_000;
const job = jobs.find((j) => j.name === "forget-addresses")!;
const context = { invalidate: () => {}, afterCommit: () => {} };
const addresses = async () =>
  rowsOf<{ body: string; ip: string | null; ip_key: string | null; user_agent: string | null }>(
    await getDb().execute(sql`select body, ip, ip_key, user_agent from comments order by body`),
  );

describe("forgetting commenters' addresses", () => {
  let postId: number;
  beforeEach(async () => {
    await truncateAll(getDb());
    postId = (await createPost({ authorId: (await createUser({ role: "author" })).id })).id;
  });

  it("removes IP addresses and browser names older than the retention period from comments and reports, and keeps newer ones", async () => {
    const now = new Date();
    const withAddress = { ip: "203.0.113.9", ipKey: "203.0.113.9", userAgent: "Mozilla/5.0 (test)" };
    const old = await createComment({ postId, body: "a old", createdAt: new Date(now.getTime() - 91 * DAY), ...withAddress });
    await createComment({ postId, body: "b recent", createdAt: new Date(now.getTime() - 89 * DAY), ...withAddress });
    await getDb().insert(commentReports).values([
      { commentId: old.id, reporterKey: "ip:198.51.100.7", ip: "198.51.100.7", reason: "spam", createdAt: new Date(now.getTime() - 95 * DAY) },
      { commentId: old.id, reporterKey: "ip:198.51.100.8", ip: "198.51.100.8", reason: "spam", createdAt: new Date(now.getTime() - DAY) },
    ]);

    expect(await job.run(getDb(), now, context)).toBe("removed addresses from 1 comment(s) and 1 report(s) over 90 days old");
    expect(await addresses()).toEqual([
      { body: "a old", ip: null, ip_key: null, user_agent: null },
      { body: "b recent", ip: "203.0.113.9", ip_key: "203.0.113.9", user_agent: "Mozilla/5.0 (test)" },
    ]);
    const reports = rowsOf<{ ip: string | null; reporter_key: string }>(await getDb().execute(sql`select ip, reporter_key from comment_reports order by created_at`));
    expect(reports[0]!.ip).toBeNull();
    expect(reports[0]!.reporter_key).toMatch(/^forgotten:\d+$/);
    expect(reports[1]).toEqual({ ip: "198.51.100.8", reporter_key: "ip:198.51.100.8" });

    // A shorter period set by an admin applies at the next run.
    await writeDiscussionSettings(getDb(), { ...(await readDiscussionSettings(getDb())), ipRetentionDays: 30 });
    await job.run(getDb(), now, context);
    expect((await addresses()).every((row) => row.ip === null && row.user_agent === null)).toBe(true);
  });
});
