import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { comments, notificationDigestItems, notificationEvents, posts } from "../schema";

export type NotificationEventKind = (typeof notificationEvents.$inferInsert)["kind"];

/** Records that people may need to hear of something; in the transaction that caused it. */
export async function recordNotificationEvent(db: Database, event: { kind: NotificationEventKind; commentIds: number[]; actorId: string | null }): Promise<void> {
  await db.insert(notificationEvents).values(event);
}

/**
 * The same, for the comment this transaction has just inserted: its id is read
 * from the identity sequence (per session), so the statement can be sent with the
 * insert in one round trip instead of waiting for its returned id.
 */
export async function recordEventForInsertedComment(db: Database, event: { kind: NotificationEventKind; actorId: string | null }): Promise<void> {
  await db.insert(notificationEvents).values({ ...event, commentIds: sql`array[currval(pg_get_serial_sequence('comments', 'id'))::int]` });
}

/**
 * The oldest events no other server is working on, locked until the caller's
 * transaction ends (SKIP LOCKED); the caller deletes each one it handles.
 */
export async function claimNotificationEvents(db: Database, limit: number) {
  return db.select().from(notificationEvents).orderBy(asc(notificationEvents.id)).limit(limit).for("update", { skipLocked: true });
}

export async function deleteNotificationEvents(db: Database, ids: number[]): Promise<void> {
  if (ids.length) await db.delete(notificationEvents).where(inArray(notificationEvents.id, ids));
}

export async function countNotificationEvents(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notificationEvents);
  return row?.n ?? 0;
}

export type DigestItem = typeof notificationDigestItems.$inferInsert;

export async function addDigestItems(db: Database, items: DigestItem[]): Promise<void> {
  // A big fan-out goes in slices: one statement per thousand rows keeps under the parameter limit.
  for (let i = 0; i < items.length; i += 1000) await db.insert(notificationDigestItems).values(items.slice(i, i + 1000));
}

/** Recipients whose oldest waiting item is due, oldest first. */
export async function listDueDigestRecipients(db: Database, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ key: notificationDigestItems.recipientKey, due: sql<Date>`min(${notificationDigestItems.sendAfter})` })
    .from(notificationDigestItems)
    .where(lte(notificationDigestItems.sendAfter, now))
    .groupBy(notificationDigestItems.recipientKey)
    .orderBy(sql`min(${notificationDigestItems.sendAfter})`)
    .limit(limit);
  return rows.map((row) => row.key);
}

/**
 * Takes everything waiting for these recipients (deleting it, so no other worker
 * can take it too), with what the email says about each comment and the
 * comment's status now. Oldest first.
 */
export async function takeDigestItems(db: Database, recipientKeys: string[]) {
  if (recipientKeys.length === 0) return [];
  const taken = await db.delete(notificationDigestItems).where(inArray(notificationDigestItems.recipientKey, recipientKeys)).returning();
  if (taken.length === 0) return [];
  const details = await db
    .select({
      id: comments.id,
      status: comments.status,
      commenterName: comments.authorName,
      body: comments.body,
      postId: posts.id,
      headline: posts.headline,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(inArray(comments.id, [...new Set(taken.map((item) => item.commentId))]));
  const byId = new Map(details.map((row) => [row.id, row]));
  return taken
    .sort((a, b) => a.id - b.id)
    .flatMap((item) => {
      const comment = byId.get(item.commentId);
      return comment ? [{ ...item, comment }] : [];
    });
}

export async function countDigestItems(db: Database, where?: { recipientKey?: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notificationDigestItems)
    .where(and(where?.recipientKey ? eq(notificationDigestItems.recipientKey, where.recipientKey) : undefined));
  return row?.n ?? 0;
}
