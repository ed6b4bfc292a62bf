import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { countMailByStatus, listMail } from "@/db/queries/mail-queue";
import { mailQueue } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { deliverDueMail, queueEmail } from "./queue";
import { MAX_MAIL_ATTEMPTS } from "./retry";
import { closeMailTransport } from "./mailer";
import { type Received, smtpServer } from "@/lib/testing/smtp-server";

const email = (n: number) => ({ to: `reader${n}@example.test`, subject: `Message ${n}`, text: `Hello number ${n}.` });

describe("the mail queue, sending through a real SMTP server", () => {
  const received: Received[] = [];
  let server: ReturnType<typeof smtpServer>;
  let port: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    received.length = 0;
    server = smtpServer(0, received);
    port = await server.start();
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    closeMailTransport();
    await server.stop().catch(() => {});
  });

  it("sends a queued message once, and marks it sent", async () => {
    await getDb().transaction((tx) => queueEmail(tx, "test", email(1)));
    expect(await deliverDueMail()).toEqual({ sent: 1, retrying: 0, failed: 0, cancelled: 0 });
    expect(await deliverDueMail()).toEqual({ sent: 0, retrying: 0, failed: 0, cancelled: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["reader1@example.test"]);
    expect(received[0]!.raw).toContain("Subject: Message 1");
    expect(received[0]!.raw).toContain("Hello number 1.");
    expect(await countMailByStatus(getDb())).toEqual({ pending: 0, sent: 1, failed: 0, cancelled: 0 });
  });

  it("queues nothing when the transaction that caused the mail rolls back", async () => {
    await expect(
      getDb().transaction(async (tx) => {
        await queueEmail(tx, "test", email(2));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await deliverDueMail();
    expect(received).toHaveLength(0);
    expect(await getDb().select().from(mailQueue)).toHaveLength(0);
  });

  it("keeps mail while the SMTP server is down and sends every message once when it is back", async () => {
    for (let n = 0; n < 5; n++) await queueEmail(getDb(), "test", email(n));
    await server.stop();
    const t0 = new Date();
    expect(await deliverDueMail({ now: t0 })).toEqual({ sent: 0, retrying: 5, failed: 0, cancelled: 0 });
    // Not due again yet: nothing is tried.
    expect(await deliverDueMail({ now: new Date(t0.getTime() + 10_000) })).toEqual({ sent: 0, retrying: 0, failed: 0, cancelled: 0 });
    const waiting = await listMail(getDb(), { status: "pending" });
    expect(waiting.every((mail) => mail.attempts === 1 && mail.lastError && mail.nextAttemptAt.getTime() >= t0.getTime() + 30_000)).toBe(true);

    server = smtpServer(port, received);
    await server.start();
    const later = new Date(t0.getTime() + 31_000);
    // Two app servers' workers at once: each message still goes out once.
    const reports = await Promise.all([deliverDueMail({ now: later }), deliverDueMail({ now: later })]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(5);
    expect(received.map((mail) => mail.to[0]).sort()).toEqual([0, 1, 2, 3, 4].map((n) => `reader${n}@example.test`).sort());
    expect(await countMailByStatus(getDb())).toEqual({ pending: 0, sent: 5, failed: 0, cancelled: 0 });
  });

  it("marks a message failed after the last attempt, visible to admins with its error", async () => {
    await queueEmail(getDb(), "test", email(9));
    await server.stop();
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      await deliverDueMail({ now });
      now = new Date(now.getTime() + 2 * 3_600_000);
    }
    const [failed] = await listMail(getDb(), { status: "failed" });
    expect(failed).toMatchObject({ toAddress: "reader9@example.test", attempts: MAX_MAIL_ATTEMPTS });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await deliverDueMail({ now })).toEqual({ sent: 0, retrying: 0, failed: 0, cancelled: 0 });
  });

  it("marks mail to an address the server refuses (550) failed at once, and sends the rest", async () => {
    await server.stop();
    server = smtpServer(port, received, { refuse: ["gone@example.test"] });
    await server.start();
    await queueEmail(getDb(), "test", { to: "gone@example.test", subject: "Bounce", text: "Nobody reads this." });
    await queueEmail(getDb(), "test", email(3));
    expect(await deliverDueMail()).toEqual({ sent: 1, retrying: 0, failed: 1, cancelled: 0 });
    const [failed] = await listMail(getDb(), { status: "failed" });
    expect(failed).toMatchObject({ toAddress: "gone@example.test", attempts: 1 });
    expect(failed!.lastError).toMatch(/550|No such user/);
    expect(received.map((mail) => mail.to[0])).toEqual(["reader3@example.test"]);
  });
});
