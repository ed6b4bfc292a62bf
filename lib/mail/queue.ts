import "server-only";
import type { Database } from "@/db/client";
import { claimDueMail, type ClaimedMail, enqueueMail, enqueueMails, markMailAttemptFailed, markMailCancelled, markMailSent, type QueuedEmail } from "@/db/queries/mail-queue";
import { commentStatusFor } from "@/db/queries/notifications";
import { getDb } from "@/lib/db";
import { runAfterResponse } from "@/lib/after-response";
import { logger } from "@/lib/observability/logger.js";
import { type Email, sendEmail } from "./mailer";
import { nextMailAttempt } from "./retry";

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

/** Sends one claimed message and records the outcome on it (in the claiming transaction). */
async function deliver(tx: Database, mail: ClaimedMail, now: Date, send: Send, report: DeliveryReport): Promise<void> {
  // About a comment that has since been approved, trashed, marked spam or deleted: not sent.
  if (mail.commentId !== null && mail.whileStatus !== null) {
    const status = await commentStatusFor(tx, mail.commentId);
    if (status !== mail.whileStatus) {
      await markMailCancelled(tx, mail.id, status ? `the comment is now ${status}` : "the comment was deleted");
      report.cancelled += 1;
      return;
    }
  }
  try {
    await send({ to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody, headers: mail.headers });
    await markMailSent(tx, mail.id, new Date());
    report.sent += 1;
  } catch (error) {
    const retryAt = nextMailAttempt(mail.attempts + 1, now);
    // The address stays out of the log (the id finds the row); the reason goes in.
    const reason = error instanceof Error ? error.message : String(error);
    await markMailAttemptFailed(tx, mail.id, { error: reason, retryAt });
    if (retryAt) report.retrying += 1;
    else report.failed += 1;
    logger().warn({ mailId: mail.id, kind: mail.kind, attempt: mail.attempts + 1, err: error }, retryAt ? "mail not sent; will retry" : "mail failed for good");
  }
}

/**
 * Sends what is due. Each message is claimed with SKIP LOCKED and held until its
 * outcome is written, so with any number of app servers each goes out once. Given
 * a transaction (the scheduled job's), works inside it; otherwise opens one per
 * message. At most `max` messages per call.
 */
export async function deliverDueMail({ db, now = new Date(), send = sendEmail, max = 20 }: { db?: Database; now?: Date; send?: Send; max?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  for (let i = 0; i < max; i++) {
    const handled = db
      ? await deliverNext(db, now, send, report)
      : await getDb().transaction((tx) => deliverNext(tx, now, send, report));
    if (!handled) break;
  }
  return report;
}

async function deliverNext(tx: Database, now: Date, send: Send, report: DeliveryReport): Promise<boolean> {
  const mail = await claimDueMail(tx, now);
  if (!mail) return false;
  await deliver(tx, mail, now, send, report);
  return true;
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
