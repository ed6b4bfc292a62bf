import "server-only";
import type { Database } from "@/db/client";
import { claimDueMail, type ClaimedMail, enqueueMail, enqueueMails, markMailAttemptFailed, markMailCancelled, markMailSent, type QueuedEmail } from "@/db/queries/mail-queue";
import { commentStatuses } from "@/db/queries/notifications";
import { getDb } from "@/lib/db";
import { runAfterResponse } from "@/lib/after-response";
import { logger } from "@/lib/observability/logger.js";
import { type Email, sendEmail } from "./mailer";
import { isPermanentSmtpFailure, nextMailAttempt } from "./retry";

/**
 * Puts an email on the queue. Call with the transaction of whatever causes it,
 * so the mail exists exactly when that change does.
 */
export async function queueEmail(db: Database, kind: string, email: Email, about?: QueuedEmail["about"]): Promise<number> {
  return enqueueMail(db, { kind, to: email.to, subject: email.subject, text: email.text, html: email.html, headers: email.headers, about });
}

/** Several emails of one kind, in one statement. */
export async function queueEmails(db: Database, kind: string, emails: { email: Email; about?: QueuedEmail["about"] }[]): Promise<void> {
  await enqueueMails(
    db,
    emails.map(({ email, about }) => ({ kind, to: email.to, subject: email.subject, text: email.text, html: email.html, headers: email.headers, about })),
  );
}

export type Send = (email: Email) => Promise<void>;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  cancelled: number;
}

/**
 * Sends one claimed message and records a cancellation or failure on it (in the
 * claiming transaction); returns whether it was sent, which the batch records at once.
 */
async function deliver(tx: Database, mail: ClaimedMail, status: Map<number, string | null>, now: Date, send: Send, report: DeliveryReport): Promise<boolean> {
  // About a comment that has since been approved, trashed, marked spam or deleted: not sent.
  if (mail.commentId !== null && mail.whileStatus !== null) {
    const current = status.get(mail.commentId) ?? null;
    if (current !== mail.whileStatus) {
      await markMailCancelled(tx, mail.id, current ? `the comment is now ${current}` : "the comment was deleted");
      report.cancelled += 1;
      return false;
    }
  }
  try {
    await send({ to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody, headers: mail.headers });
    report.sent += 1;
    return true;
  } catch (error) {
    const retryAt = isPermanentSmtpFailure(error) ? null : nextMailAttempt(mail.attempts + 1, now);
    // The address stays out of the log (the id finds the row); the reason goes in.
    const reason = error instanceof Error ? error.message : String(error);
    await markMailAttemptFailed(tx, mail.id, { error: reason, retryAt });
    if (retryAt) report.retrying += 1;
    else report.failed += 1;
    logger().warn({ mailId: mail.id, kind: mail.kind, attempt: mail.attempts + 1, err: error }, retryAt ? "mail not sent; will retry" : "mail failed for good");
    return false;
  }
}

/** Messages claimed and sent together: one transaction, one status look-up, sends in parallel over the pool. */
const BATCH = 40;

/**
 * Sends what is due. Messages are claimed a batch at a time with SKIP LOCKED and
 * held until their outcomes are written, so with any number of app servers each
 * goes out once. Given a transaction, works inside it; otherwise opens one per
 * batch. Stops after `max` messages or once `budgetMs` has passed.
 */
export async function deliverDueMail({
  db,
  now = new Date(),
  send = sendEmail,
  max = 200,
  budgetMs = 10_000,
}: { db?: Database; now?: Date; send?: Send; max?: number; budgetMs?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  const started = Date.now();
  let handled = 0;
  while (handled < max && Date.now() - started < budgetMs) {
    const size = Math.min(BATCH, max - handled);
    const claimed = db ? await deliverBatch(db, now, send, report, size) : await getDb().transaction((tx) => deliverBatch(tx, now, send, report, size));
    handled += claimed;
    if (claimed < size) break;
  }
  return report;
}

async function deliverBatch(tx: Database, now: Date, send: Send, report: DeliveryReport, size: number): Promise<number> {
  const batch = await claimDueMail(tx, now, size);
  if (batch.length === 0) return 0;
  const about = [...new Set(batch.flatMap((mail) => (mail.commentId !== null && mail.whileStatus !== null ? [mail.commentId] : [])))];
  const status = await commentStatuses(tx, about);
  const sent = await Promise.all(batch.map((mail) => deliver(tx, mail, status, now, send, report)));
  await markMailSent(
    tx,
    batch.filter((_, i) => sent[i]).map((mail) => mail.id),
    new Date(),
  );
  return batch.length;
}

/**
 * Sends what was just queued once the response is out (the scheduled job picks
 * up anything this misses, and retries).
 */
export function deliverMailSoon(): void {
  runAfterResponse("mail delivery", async () => {
    await deliverDueMail();
  });
}
