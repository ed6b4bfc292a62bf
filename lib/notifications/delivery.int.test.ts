import "@/lib/testing/session";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { countMailByStatus } from "@/db/queries/mail-queue";
import { setNotificationMode } from "@/db/queries/notifications";
import { createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { submitComment } from "@/lib/comments/submit-comment";
import { jobs } from "@/lib/jobs/jobs";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { closeMailTransport } from "@/lib/mail/mailer";
import { guestComment } from "@/lib/testing/guest-comment";
import { type Received, smtpServer } from "@/lib/testing/smtp-server";

const mailJob = jobs.filter((job) => job.name === "deliver-mail");

describe("from a held comment to mail in the inbox, through the scheduled job", () => {
  const received: Received[] = [];
  let server: ReturnType<typeof smtpServer>;

  beforeEach(async () => {
    await truncateAll(getDb());
    received.length = 0;
    server = smtpServer(0, received);
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${await server.start()}`);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    closeMailTransport();
    await server.stop();
  });

  it("two app servers running the job at once deliver each notice exactly once; a digest goes when due", async () => {
    const staff = await Promise.all((["moderator", "editor", "admin"] as const).map((role) => createUser({ role })));
    await setNotificationMode(getDb(), staff[2]!.id, "comment-held", "digest", 15);
    const postId = (await createPost({ authorId: staff[1]!.id, headline: "Harbour works" })).id;
    for (let i = 0; i < 12; i++) {
      const result = await submitComment(guestComment(postId, { name: `Guest ${i}`, email: `guest${i}@example.com`, ip: `203.0.113.${i + 1}`, body: `Held comment number ${i}.` }));
      expect(result).toMatchObject({ status: "pending" });
    }

    const now = new Date();
    const runs = await Promise.all([runDueJobs({ only: mailJob, now }), runDueJobs({ only: mailJob, now })]);
    expect(runs.filter((ran) => "deliver-mail" in ran)).toHaveLength(1);
    // 12 comments × moderator and editor each at once; the admin's 12 wait for the digest.
    expect(received).toHaveLength(24);
    const per = (address: string) => received.filter((mail) => mail.to[0] === address).length;
    expect([per(staff[0]!.email), per(staff[1]!.email), per(staff[2]!.email)]).toEqual([12, 12, 0]);
    expect(new Set(received.map((mail) => /Held comment number \d+/.exec(mail.raw)?.[0])).size).toBe(12);

    // A quarter of an hour later, from either server: one digest with all twelve.
    const later = new Date(now.getTime() + 16 * 60_000);
    await Promise.all([runDueJobs({ only: mailJob, now: later }), runDueJobs({ only: mailJob, now: new Date(later.getTime() + 5_000) })]);
    const digests = received.filter((mail) => mail.to[0] === staff[2]!.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.raw).toContain("12 comments await moderation");
    expect(await countMailByStatus(getDb())).toEqual({ pending: 0, sent: 25, failed: 0, cancelled: 0 });
  });
});
