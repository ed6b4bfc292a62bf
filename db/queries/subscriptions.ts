import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { comments, commentSubscriptions, posts } from "../schema";

export async function createSubscription(db: Database, values: { commentId: number; email: string; userId: string | null; confirmed: boolean }): Promise<number> {
  const [row] = await db
    .insert(commentSubscriptions)
    .values({ commentId: values.commentId, email: values.email, userId: values.userId, confirmedAt: values.confirmed ? sql`now()` : null })
    .returning({ id: commentSubscriptions.id });
  return row!.id;
}

/** Confirms once; false when the subscription is gone. */
export async function confirmSubscription(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .update(commentSubscriptions)
    .set({ confirmedAt: sql`coalesce(${commentSubscriptions.confirmedAt}, now())` })
    .where(eq(commentSubscriptions.id, id))
    .returning({ id: commentSubscriptions.id });
  return rows.length > 0;
}

export async function deleteSubscription(db: Database, id: number): Promise<boolean> {
  const rows = await db.delete(commentSubscriptions).where(eq(commentSubscriptions.id, id)).returning({ id: commentSubscriptions.id });
  return rows.length > 0;
}

/** Every subscription for the same address as this one (case aside); false when it is gone. */
export async function deleteSubscriptionsOfAddress(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .delete(commentSubscriptions)
    .where(sql`lower(${commentSubscriptions.email}) = (select lower(email) from ${commentSubscriptions} where id = ${id})`)
    .returning({ id: commentSubscriptions.id });
  return rows.length > 0;
}

/**
 * For each newly published reply: the confirmed subscriptions on the comment it
 * answers, with what the email needs. Never the reply's own writer.
 */
export async function listReplySubscribers(db: Database, replyIds: number[]) {
  if (replyIds.length === 0) return [];
  const reply = alias(comments, "reply");
  return db
    .select({
      subscriptionId: commentSubscriptions.id,
      email: commentSubscriptions.email,
      replyId: reply.id,
      replyName: reply.authorName,
      replyBody: reply.body,
      headline: posts.headline,
    })
    .from(reply)
    .innerJoin(commentSubscriptions, eq(commentSubscriptions.commentId, reply.parentId))
    .innerJoin(posts, eq(posts.id, reply.postId))
    .where(and(inArray(reply.id, replyIds), isNotNull(commentSubscriptions.confirmedAt), sql`lower(${commentSubscriptions.email}) <> lower(${reply.authorEmail})`));
}

/** What the confirmation page says about a subscription. */
export async function getSubscription(db: Database, id: number) {
  const [row] = await db
    .select({ id: commentSubscriptions.id, confirmedAt: commentSubscriptions.confirmedAt, headline: posts.headline })
    .from(commentSubscriptions)
    .innerJoin(comments, eq(comments.id, commentSubscriptions.commentId))
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(eq(commentSubscriptions.id, id));
  return row ?? null;
}

/** Confirmed subscriptions on these comments themselves: their writers asked to hear when they are published. */
export async function listOwnCommentSubscribers(db: Database, commentIds: number[]) {
  if (commentIds.length === 0) return [];
  return db
    .select({ subscriptionId: commentSubscriptions.id, email: commentSubscriptions.email, commentId: comments.id, headline: posts.headline })
    .from(commentSubscriptions)
    .innerJoin(comments, eq(comments.id, commentSubscriptions.commentId))
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(inArray(commentSubscriptions.commentId, commentIds), isNotNull(commentSubscriptions.confirmedAt)));
}
