import "server-only";
import type { Database } from "@/db/client";
import { confirmSubscription, createSubscription, deleteSubscription, getSubscription, listOwnCommentSubscribers, listReplySubscribers } from "@/db/queries/subscriptions";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { commentPermalink } from "@/lib/comments/urls";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { queueEmail, queueEmails } from "@/lib/mail/queue";
import { readSiteSettings } from "@/lib/settings/store";
import { readSubscriptionToken } from "./subscription-token";
import { notificationLinks } from "./links";
import { commentPublishedEmail, confirmRepliesEmail, replyEmail } from "./templates";

/** The key confirm and stop links are signed with. */
const secret = () => resolveAuthSecret(getEnv());

/**
 * "Email me when someone replies", ticked with a comment. A signed-in reader's
 * address is their account's, so it starts confirmed; a guest's gets one email
 * asking to confirm, and nothing else until they do. In the comment's transaction.
 */
export async function subscribeToReplies(tx: Database, input: { commentId: number; email: string; userId: string | null; headline: string }): Promise<{ confirmationQueued: boolean }> {
  const confirmed = input.userId !== null;
  const id = await createSubscription(tx, { commentId: input.commentId, email: input.email, userId: input.userId, confirmed });
  if (confirmed) return { confirmationQueued: false };
  const settings = await readSiteSettings(tx);
  await queueEmail(tx, "subscription-confirm", confirmRepliesEmail({ to: input.email, siteTitle: settings.title, headline: input.headline, confirmUrl: notificationLinks().confirmReplies(id) }));
  return { confirmationQueued: true };
}

/** Published replies: everyone who confirmed a subscription to the comment answered hears of it. */
export async function queueReplyNotices(tx: Database, replyIds: number[]): Promise<number> {
  const rows = await listReplySubscribers(tx, replyIds);
  if (rows.length === 0) return 0;
  const link = notificationLinks();
  const settings = await readSiteSettings(tx);
  await queueEmails(
    tx,
    "reply",
    rows.map((row) => ({
      about: { commentId: row.replyId, whileStatus: "approved" as const },
      email: replyEmail({
        to: row.email,
        siteTitle: settings.title,
        replierName: row.replyName,
        headline: row.headline,
        body: row.replyBody,
        commentUrl: `${link.site}${commentPermalink(row.replyId)}`,
        unsubscribe: link.stopReplies(row.subscriptionId),
      }),
    })),
  );
  return rows.length;
}

/**
 * Held comments a moderator just published: a writer who asked to hear of replies
 * (and confirmed) is told their comment is out.
 */
export async function queuePublishedNotices(tx: Database, commentIds: number[]): Promise<number> {
  const rows = await listOwnCommentSubscribers(tx, commentIds);
  if (rows.length === 0) return 0;
  const link = notificationLinks();
  const settings = await readSiteSettings(tx);
  await queueEmails(
    tx,
    "comment-published",
    rows.map((row) => ({
      about: { commentId: row.commentId, whileStatus: "approved" as const },
      email: commentPublishedEmail({
        to: row.email,
        siteTitle: settings.title,
        headline: row.headline,
        commentUrl: `${link.site}${commentPermalink(row.commentId)}`,
        unsubscribe: link.stopReplies(row.subscriptionId),
      }),
    })),
  );
  return rows.length;
}

/** What a confirmation link is for, without confirming it (mail scanners open links). */
export async function describeConfirmation(token: unknown): Promise<{ headline: string; confirmed: boolean } | null> {
  const id = readSubscriptionToken("confirm", token, secret());
  const found = id === null ? null : await getSubscription(getDb(), id);
  return found ? { headline: found.headline, confirmed: found.confirmedAt !== null } : null;
}

export async function confirmReplies(token: unknown): Promise<boolean> {
  const id = readSubscriptionToken("confirm", token, secret());
  return id !== null && (await confirmSubscription(getDb(), id));
}

/** A reply email's unsubscribe link: ends that one subscription. */
export async function stopReplies(token: unknown): Promise<boolean> {
  const id = readSubscriptionToken("stop", token, secret());
  return id !== null && (await deleteSubscription(getDb(), id));
}

export function isSubscriptionStopToken(token: unknown): boolean {
  return typeof token === "string" && token.startsWith("s");
}
