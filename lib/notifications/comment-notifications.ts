import "server-only";
import type { Database } from "@/db/client";
import { listHeldCommentRecipients, listHeldCommentsForNotice, listPostAuthorsToNotify } from "@/db/queries/notifications";
import { addDigestItems, type DigestItem, recordEventForInsertedComment, recordNotificationEvent } from "@/db/queries/notification-events";
import { commentPermalink } from "@/lib/comments/urls";
import { queueEmails } from "@/lib/mail/queue";
import type { DiscussionSettings } from "@/lib/settings/discussion";
import { heldCommentEmail, newCommentEmail } from "./templates";
import { notificationLinks } from "./links";

// Two steps. In the transaction that stores or moderates a comment, one small
// event row says what happened (so the action costs the same with 3 recipients
// or 3,000). A worker then works out who hears of it, under everyone's choices
// as they are at that moment, and queues the mail (lib/notifications/worker.ts).

/**
 * A comment has just been stored (call right after its insert, in its
 * transaction; the two statements go to the server together): held, so
 * moderators may need to hear of it, or published on arrival, so its post's
 * author and subscribers may. Returns the events recorded (0 or 1).
 */
export async function recordArrivedComment(tx: Database, input: { status: "pending" | "approved"; authorUserId: string | null; settings: DiscussionSettings }): Promise<number> {
  const { settings } = input;
  if (input.status === "pending" ? !settings.notifyModeratorsOfHeld : !(settings.notifyAuthorsOfComments || settings.notifyReplies)) return 0;
  await recordEventForInsertedComment(tx, { kind: input.status === "pending" ? "comment-held" : "comment-arrived", actorId: input.authorUserId });
  return 1;
}

/** A moderator published comments: authors, subscribers and the comments' writers may hear of it. */
export async function recordPublishedComments(tx: Database, input: { commentIds: number[]; actorId: string | null; settings: DiscussionSettings }): Promise<number> {
  const { settings } = input;
  if (input.commentIds.length === 0 || !(settings.notifyAuthorsOfComments || settings.notifyReplies)) return 0;
  await recordNotificationEvent(tx, { kind: "comments-published", commentIds: input.commentIds, actorId: input.actorId });
  return 1;
}

/**
 * Held comments: each moderator, editor and admin who wants them gets one email
 * per comment, or an item in their digest; never whoever wrote it. Each email is
 * sent only while the comment is still held.
 */
export async function fanOutHeldComments(tx: Database, input: { commentIds: number[]; authorUserId: string | null; siteTitle: string; now: Date }): Promise<{ queued: number; gathered: number }> {
  const [held, recipients] = await Promise.all([listHeldCommentsForNotice(tx, input.commentIds), listHeldCommentRecipients(tx, input.authorUserId)]);
  if (held.length === 0 || recipients.length === 0) return { queued: 0, gathered: 0 };
  const link = notificationLinks();
  const emails = [];
  const items: DigestItem[] = [];
  for (const comment of held) {
    for (const person of recipients) {
      if (person.mode === "digest") {
        const minutes = person.digestMinutes ?? 60;
        items.push({ recipientKey: `held:${person.id}`, kind: "comment-held", email: person.email, userId: person.id, commentId: comment.id, sendAfter: new Date(input.now.getTime() + minutes * 60_000) });
        continue;
      }
      emails.push({
        about: { commentId: comment.id, whileStatus: "pending" as const },
        email: heldCommentEmail({
          to: person.email,
          siteTitle: input.siteTitle,
          commenterName: comment.commenterName,
          headline: comment.headline,
          body: comment.body,
          queueUrl: heldQueueUrl(link.site, comment.postId),
          unsubscribe: link.unsubscribe(person.id, "comment-held"),
        }),
      });
    }
  }
  await queueEmails(tx, "comment-held", emails);
  await addDigestItems(tx, items);
  return { queued: emails.length, gathered: items.length };
}

/** The moderation queue's held comments, narrowed to one post when given. */
export const heldQueueUrl = (site: string, postId?: number) => `${site}/admin/comments?view=pending${postId ? `&post=${postId}` : ""}`;

/**
 * Comments were published: each post's author hears of each one, unless they
 * wrote it, published it themselves, or switched these emails off. Sent only
 * while the comment is still published.
 */
export async function queueNewCommentNotices(tx: Database, input: { commentIds: number[]; actorId: string | null; siteTitle: string }): Promise<number> {
  const rows = await listPostAuthorsToNotify(tx, input.commentIds);
  const link = notificationLinks();
  const emails = rows
    .filter((row) => row.author.id !== input.actorId && row.author.id !== row.commentUserId)
    .map((row) => ({
      about: { commentId: row.commentId, whileStatus: "approved" as const },
      email: newCommentEmail({
        to: row.author.email,
        siteTitle: input.siteTitle,
        commenterName: row.commenterName,
        headline: row.headline,
        body: row.body,
        commentUrl: `${link.site}${commentPermalink(row.commentId)}`,
        unsubscribe: link.unsubscribe(row.author.id, "comment-on-my-post"),
      }),
    }));
  await queueEmails(tx, "comment-on-my-post", emails);
  return emails.length;
}
