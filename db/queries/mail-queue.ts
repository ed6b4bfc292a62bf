import "server-only";
import { and, asc, count, desc, eq, inArray, lt, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { type CommentStatus, type MailStatus, mailQueue } from "../schema";

export interface QueuedEmail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  headers?: Record<string, string> | null;
  /** Sent only while this comment still has this status. */
  about?: { commentId: number; whileStatus: CommentStatus } | null;
}

const row = (email: QueuedEmail) => ({
  kind: email.kind,
  toAddress: email.to,
  subject: email.subject,
  textBody: email.text,
  htmlBody: email.html ?? null,
  headers: email.headers ?? null,
  commentId: email.about?.commentId ?? null,
  whileStatus: email.about?.whileStatus ?? null,
});

/** Adds an email to the queue; call inside the transaction of what causes it. */
export async function enqueueMail(db: Database, email: QueuedEmail): Promise<number> {
  const [inserted] = await db.insert(mailQueue).values(row(email)).returning({ id: mailQueue.id });
  return inserted!.id;
}

/** Several at once, in one statement (a notice to every moderator). */
export async function enqueueMails(db: Database, emails: QueuedEmail[]): Promise<void> {
  if (emails.length) await db.insert(mailQueue).values(emails.map(row));
}

/**
 * The next due messages no other server is sending, locked until the caller's
 * transaction ends (SKIP LOCKED: the others pass over them).
 */
export async function claimDueMail(db: Database, now: Date, limit: number) {
  return db
    .select()
    .from(mailQueue)
    .where(and(eq(mailQueue.status, "pending"), lte(mailQueue.nextAttemptAt, now)))
    .orderBy(asc(mailQueue.nextAttemptAt), asc(mailQueue.id))
    .limit(limit)
    .for("update", { skipLocked: true });
}

export type ClaimedMail = Awaited<ReturnType<typeof claimDueMail>>[number];

export async function markMailSent(db: Database, ids: number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(mailQueue)
    .set({ status: "sent", sentAt: at, attempts: sql`${mailQueue.attempts} + 1`, lastError: null })
    .where(inArray(mailQueue.id, ids));
}

/** No longer to be sent: what it was about changed before it went. */
export async function markMailCancelled(db: Database, id: number, reason: string): Promise<void> {
  await db.update(mailQueue).set({ status: "cancelled", lastError: reason }).where(eq(mailQueue.id, id));
}

/** A failed attempt: tried again at `retryAt`, or failed for good when that is null. */
export async function markMailAttemptFailed(db: Database, id: number, { error, retryAt }: { error: string; retryAt: Date | null }): Promise<void> {
  await db
    .update(mailQueue)
    .set({
      attempts: sql`${mailQueue.attempts} + 1`,
      lastError: error.slice(0, 1000),
      ...(retryAt ? { nextAttemptAt: retryAt } : { status: "failed" as const }),
    })
    .where(eq(mailQueue.id, id));
}

/** Messages waiting to go (due or backing off), for metrics and the admin page. */
export async function countMailByStatus(db: Database): Promise<Record<MailStatus, number>> {
  const rows = await db.select({ status: mailQueue.status, n: count() }).from(mailQueue).groupBy(mailQueue.status);
  const counts: Record<MailStatus, number> = { pending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

/** The newest messages in one state, for admins. */
export async function listMail(db: Database, { status, limit = 50 }: { status: MailStatus; limit?: number }) {
  return db
    .select({
      id: mailQueue.id,
      kind: mailQueue.kind,
      toAddress: mailQueue.toAddress,
      subject: mailQueue.subject,
      attempts: mailQueue.attempts,
      lastError: mailQueue.lastError,
      createdAt: mailQueue.createdAt,
      nextAttemptAt: mailQueue.nextAttemptAt,
      sentAt: mailQueue.sentAt,
    })
    .from(mailQueue)
    .where(eq(mailQueue.status, status))
    .orderBy(desc(mailQueue.createdAt), desc(mailQueue.id))
    .limit(limit);
}

/** Sent and failed messages are kept a while for admins, then dropped. */
export async function purgeOldMail(db: Database, before: Date): Promise<number> {
  const sent = await db.delete(mailQueue).where(and(eq(mailQueue.status, "sent"), lt(mailQueue.createdAt, before))).returning({ id: mailQueue.id });
  const failed = await db.delete(mailQueue).where(and(eq(mailQueue.status, "failed"), lt(mailQueue.createdAt, before))).returning({ id: mailQueue.id });
  return sent.length + failed.length;
}
