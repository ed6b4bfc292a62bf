// Notification figures (issue 14): what a moderator's approval costs when the
// comment answers a thread with 1,000 subscribers, against one with none (the
// fan-out is the worker's, not the action's), and how fast the worker sends to
// a local SMTP server.
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { commentSubscriptions } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { fanOutNotifications } from "@/lib/notifications/worker";
import { sendDueDigests } from "@/lib/notifications/digests";
import { deliverDueMail } from "@/lib/mail/queue";
import { closeMailTransport } from "@/lib/mail/mailer";
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { heading, line, ms, percentile, summary } from "./stats";

const SUBSCRIBERS = 1_000;

export async function measureNotifications(rounds = 30): Promise<void> {
  heading(`Notifications: approving a reply on a thread with ${SUBSCRIBERS.toLocaleString("en-GB")} subscribers`);
  const moderator = await createUser({ role: "moderator" });
  const post = await createPost({ authorId: (await createUser({ role: "author" })).id, headline: "Notification bench" });
  const busy = await createComment({ postId: post.id, status: "approved", body: "A comment everyone follows." });
  const quiet = await createComment({ postId: post.id, status: "approved", body: "A comment nobody follows." });
  await getDb().insert(commentSubscriptions).values(
    Array.from({ length: SUBSCRIBERS }, (_, i) => ({ commentId: busy.id, email: `subscriber${i}@example.test`, confirmedAt: sql`now()` })),
  );

  const approve = async (parentId: number) => {
    const reply = await createComment({ postId: post.id, status: "pending", body: "A held reply." }, { id: parentId, rootId: null, depth: 0 });
    const started = performance.now();
    await moderateComments({ actorId: moderator.id, action: "approve", items: [{ id: reply.id, expected: "pending" }] });
    return performance.now() - started;
  };
  const quietTimes: number[] = [];
  const busyTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    quietTimes.push(await approve(quiet.id));
    busyTimes.push(await approve(busy.id));
  }
  line("approve, thread with no subscribers", summary(quietTimes));
  line(`approve, thread with ${SUBSCRIBERS} subscribers`, summary(busyTimes));
  line("added to the moderator's action (p50)", `${ms(percentile(busyTimes, 50) - percentile(quietTimes, 50))} (target: a few ms)`);

  // The worker: fan-out of every approval above, then the gathered replies, then delivery.
  let started = performance.now();
  let fannedOut = 0;
  for (;;) {
    const report = await fanOutNotifications({ batch: 10 });
    if (report.events === 0) break;
    fannedOut += report.gathered + report.queued;
  }
  line("worker: fan-out", `${fannedOut.toLocaleString("en-GB")} notices in ${ms(performance.now() - started)}`);
  started = performance.now();
  let composed = 0;
  for (;;) {
    const done = await getDb().transaction((tx) => sendDueDigests(tx, { now: new Date(Date.now() + 10 * 60_000), siteTitle: "Bench", max: 500 }));
    if (done.emails === 0) break;
    composed += done.emails;
  }
  line("worker: replies gathered into emails", `${composed.toLocaleString("en-GB")} emails in ${ms(performance.now() - started)}`);

  const sink = await startSmtpSink();
  const previous = process.env.SMTP_URL;
  process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
  try {
    started = performance.now();
    let sent = 0;
    for (;;) {
      const report = await deliverDueMail({ max: 500, budgetMs: 60_000 });
      sent += report.sent;
      if (report.sent + report.cancelled + report.retrying + report.failed === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    line("worker: sent to a local SMTP server", `${sent.toLocaleString("en-GB")} emails in ${seconds.toFixed(2)} s = ${(sent / seconds).toFixed(0)} emails/s (target ≥ 100/s)`);
    const { messages } = await sink.count();
    line("received by the SMTP server", `${messages.toLocaleString("en-GB")} (${messages === sent ? "every one sent, none twice" : "differs from the number sent"})`);
  } finally {
    closeMailTransport();
    sink.stop();
    if (previous === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previous;
  }
}

/** The SMTP server in a process of its own, as a mail server would be (bench/smtp-sink.mjs). */
async function startSmtpSink() {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "smtp-sink.mjs")], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const next = () => new Promise<Record<string, number>>((resolve) => lines.once("line", (text) => resolve(JSON.parse(text) as Record<string, number>)));
  const { port } = await next();
  return {
    port: port!,
    count: async () => {
      const answer = next();
      child.stdin.write("count\n");
      return (await answer) as { messages: number; recipients: number };
    },
    stop: () => child.stdin.end(),
  };
}
