import "server-only";
import type { Database } from "@/db/client";
import { confirmSubscription, createSubscription, deleteSubscription, deleteSubscriptionsOfAddress, getSubscription, listOwnCommentSubscribers, listReplySubscribers } from "@/db/queries/subscriptions";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { commentPermalink } from "@/lib/comments/urls";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { queueEmail, queueEmails } from "@/lib/mail/queue";
import { addDigestItems } from "@/db/queries/notification-events";
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

/**
 * Published replies: everyone who confirmed a subscription to the comment answered
 * hears of it. Replies to one person are gathered for `batchMinutes` after the
 * first and go out as one email (a lively thread is one email, not twenty); with
 * 0, each goes at once.
 */
export async function queueReplyNotices(tx: Database, replyIds: number[], { siteTitle, now, batchMinutes }: { siteTitle: string; now: Date; batchMinutes: number }): Promise<{ queued: number; gathered: number }> {
  const rows = await listReplySubscribers(tx, replyIds);
  if (rows.length === 0) return { queued: 0, gathered: 0 };
  if (batchMinutes > 0) {
    const sendAfter = new Date(now.getTime() + batchMinutes * 60_000);
    await addDigestItems(
      tx,
      rows.map((row) => ({ recipientKey: `reply:${row.email.toLowerCase()}`, kind: "reply" as const, email: row.email, commentId: row.replyId, subscriptionId: row.subscriptionId, sendAfter })),
    );
    return { queued: 0, gathered: rows.length };
  }
  const link = notificationLinks();
  await queueEmails(
    tx,
    "reply",
    rows.map((row) => ({
      about: { commentId: row.replyId, whileStatus: "approved" as const },
      email: replyEmail({
        to: row.email,
        siteTitle,
        replierName: row.replyName,
        headline: row.headline,
        body: row.replyBody,
        commentUrl: `${link.site}${commentPermalink(row.replyId)}`,
        unsubscribe: link.stopReplies(row.subscriptionId),
      }),
    })),
  );
  return { queued: rows.length, gathered: 0 };
}

/**
 * Held comments a moderator just published: a writer who asked to hear of replies
 * (and confirmed) is told their comment is out.
 */
export async function queuePublishedNotices(tx: Database, commentIds: number[], siteTitle: string): Promise<number> {
  const rows = await listOwnCommentSubscribers(tx, commentIds);
  if (rows.length === 0) return 0;
  const link = notificationLinks();
  await queueEmails(
    tx,
    "comment-published",
    rows.map((row) => ({
      about: { commentId: row.commentId, whileStatus: "approved" as const },
      email: commentPublishedEmail({
        to: row.email,
        siteTitle,
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

/** What a reply email's unsubscribe link ends: that one subscription, or every one of its address. */
export function readStopToken(token: unknown): { id: number; all: boolean } | null {
  const one = readSubscriptionToken("stop", token, secret());
  if (one !== null) return { id: one, all: false };
  const all = readSubscriptionToken("stop-all", token, secret());
  return all === null ? null : { id: all, all: true };
}

export async function stopReplies(token: unknown): Promise<{ all: boolean } | null> {
  const found = readStopToken(token);
  if (!found) return null;
  const done = found.all ? await deleteSubscriptionsOfAddress(getDb(), found.id) : await deleteSubscription(getDb(), found.id);
  return done ? { all: found.all } : null;
}

export function isSubscriptionStopToken(token: unknown): boolean {
  return typeof token === "string" && token.startsWith("s");
}
