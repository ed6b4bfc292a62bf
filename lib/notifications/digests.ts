import "server-only";
import type { Database } from "@/db/client";
import { listDueDigestRecipients, takeDigestItems } from "@/db/queries/notification-events";
import { listHeldCommentRecipients } from "@/db/queries/notifications";
import { commentPermalink } from "@/lib/comments/urls";
import type { QueuedEmail } from "@/db/queries/mail-queue";
import type { Email } from "@/lib/mail/mailer";
import { queueEmails } from "@/lib/mail/queue";
import { heldQueueUrl } from "./comment-notifications";
import { notificationLinks } from "./links";
import { heldDigestEmail, replyEmail, repliesEmail } from "./templates";

type Taken = Awaited<ReturnType<typeof takeDigestItems>>;

// Map.groupBy arrives in Node 21; this runs on 20.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Gathered notices whose time has come, one email per recipient: a moderator's
 * held comments still waiting, or the replies to one person still published.
 * Items whose comment changed meanwhile are dropped; nothing left, no email.
 * Taking a recipient's items deletes them, so two workers never send one twice.
 */
export async function sendDueDigests(db: Database, { now, siteTitle, max = 500 }: { now: Date; siteTitle: string; max?: number }): Promise<{ emails: number; dropped: number }> {
  let emails = 0;
  let dropped = 0;
  const keys = await listDueDigestRecipients(db, now, max);
  if (keys.length === 0) return { emails, dropped };
  // Staff who still want held-comment mail now (a role, account or choice may have changed since).
  const staff = keys.some((key) => key.startsWith("held:")) ? new Set((await listHeldCommentRecipients(db, null)).map((person) => person.id)) : new Set<string>();
  const byKey = groupBy(await takeDigestItems(db, keys), (item) => item.recipientKey);
  const outgoing: { kind: string; email: Email; about?: QueuedEmail["about"] }[] = [];
  for (const [key, items] of byKey) {
    const held = key.startsWith("held:");
    const live = items.filter((item) => (held ? item.comment.status === "pending" && staff.has(item.userId ?? "") : item.comment.status === "approved"));
    dropped += items.length - live.length;
    if (live.length === 0) continue;
    outgoing.push(held ? heldDigest(live, siteTitle) : replies(live, siteTitle));
    emails += 1;
  }
  for (const [kind, group] of groupBy(outgoing, (mail) => mail.kind)) await queueEmails(db, kind, group);
  return { emails, dropped };
}

function heldDigest(items: Taken, siteTitle: string) {
  const first = items[0]!;
  const link = notificationLinks();
  const posts = new Set(items.map((item) => item.comment.postId));
  return {
    kind: "comment-held-digest",
    email: heldDigestEmail({
      to: first.email,
      siteTitle,
      comments: items.map((item) => ({ commenterName: item.comment.commenterName, headline: item.comment.headline, body: item.comment.body })),
      queueUrl: heldQueueUrl(link.site, posts.size === 1 ? first.comment.postId : undefined),
      unsubscribe: link.unsubscribe(first.userId!, "comment-held"),
    }),
  };
}

function replies(items: Taken, siteTitle: string) {
  const first = items[0]!;
  const link = notificationLinks();
  const url = (item: Taken[number]) => `${link.site}${commentPermalink(item.commentId)}`;
  if (items.length === 1) {
    // One reply after all: the single-reply email, still cancelled if the reply goes before it does.
    return {
      kind: "reply",
      email: replyEmail({ to: first.email, siteTitle, replierName: first.comment.commenterName, headline: first.comment.headline, body: first.comment.body, commentUrl: url(first), unsubscribe: link.stopReplies(first.subscriptionId!) }),
      about: { commentId: first.commentId, whileStatus: "approved" as const },
    };
  }
  const subscriptions = new Set(items.map((item) => item.subscriptionId));
  return {
    kind: "replies",
    email: repliesEmail({
      to: first.email,
      siteTitle,
      replies: items.map((item) => ({ replierName: item.comment.commenterName, headline: item.comment.headline, body: item.comment.body, commentUrl: url(item) })),
      unsubscribe:
        subscriptions.size === 1 ? { ...link.stopReplies(first.subscriptionId!), scope: "one" } : { ...link.stopAllReplies(first.subscriptionId!), scope: "all" },
    }),
  };
}
