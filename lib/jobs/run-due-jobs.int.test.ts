import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { comments, moderationEvents, scheduledJobs } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { runDueJobs } from "./run-due-jobs";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("scheduled jobs", () => {
  let postId: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    postId = (await createPost({ authorId: (await createUser({ role: "author" })).id })).id;
  });

  it("purges comments trashed over 30 days ago, keeps newer trash, anything else, and trash that still has replies", async () => {
    const old = await createComment({ postId, status: "trash", updatedAt: daysAgo(31) });
    const recent = await createComment({ postId, status: "trash", updatedAt: daysAgo(29) });
    const oldApproved = await createComment({ postId, status: "approved", updatedAt: daysAgo(90) });
    const answered = await createComment({ postId, status: "trash", updatedAt: daysAgo(40) });
    await createComment({ postId, status: "approved" }, answered);

    const ran = await runDueJobs();
    expect(ran["purge-trash"]).toBe("deleted 1 comment(s) trashed over 30 days ago");
    const left = await getDb().select({ id: comments.id }).from(comments).orderBy(asc(comments.id));
    expect(left.map((row) => row.id)).toEqual([recent.id, oldApproved.id, answered.id, answered.id + 1]);
    expect(left.map((row) => row.id)).not.toContain(old.id);
    const [event] = await getDb().select().from(moderationEvents);
    expect(event).toMatchObject({ action: "purge", actorId: null, commentIds: [old.id] });
  });

  it("runs a job once per interval, however many servers ask at once", async () => {
    for (let i = 0; i < 3; i++) await createComment({ postId, status: "trash", updatedAt: daysAgo(45) });
    const runs = await Promise.all(Array.from({ length: 6 }, () => runDueJobs()));
    expect(runs.filter((ran) => "purge-trash" in ran)).toHaveLength(1);
    expect(await runDueJobs()).toEqual({});
    const [job] = await getDb().select().from(scheduledJobs).where(eq(scheduledJobs.name, "purge-trash"));
    expect(job!.nextRunAt.getTime() - job!.lastRunAt!.getTime()).toBe(60 * 60_000);
    // Due again an hour later.
    expect(await runDueJobs({ now: new Date(Date.now() + 61 * 60_000) })).toHaveProperty("purge-trash");
  });
});
