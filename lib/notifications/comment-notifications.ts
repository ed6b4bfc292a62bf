import "server-only";
import type { Database } from "@/db/client";
import {
  getCommentForNotice,
  listHeldCommentRecipients,
  listPostAuthorsToNotify,
  type Recipient,
} from "@/db/queries/notifications";
import { commentPermalink } from "@/lib/comments/urls";
import { queueEmail, queueEmails } from "@/lib/mail/queue";
import { readDiscussionSettings, readSiteSettings } from "@/lib/settings/store";
import { heldCommentEmail, newCommentEmail } from "./templates";
import { notificationLinks } from "./links";
import type { DiscussionSettings } from "@/lib/settings/discussion";

/**
 * A comment was held: every moderator, editor and admin who wants to hear of it
 * gets one email, except whoever wrote it. Queued in the transaction that stored
 * the comment, and sent only while the comment is still held.
 */
export async function queueHeldCommentNotices(
  tx: Database,
  {
    commentId,
    authorUserId,
    settings: known,
    prefetched,
  }: {
    commentId: number;
    authorUserId: string | null;
    settings?: DiscussionSettings;
    /** What the submission already has at hand, so its transaction reads nothing more. */
    prefetched?: { comment: NonNullable<Awaited<ReturnType<typeof getCommentForNotice>>>; recipients: Recipient[]; siteTitle: string };
  },
): Promise<number> {
  const settings = known ?? (await readDiscussionSettings(tx));
  if (!settings.notifyModeratorsOfHeld) return 0;
  const [comment, recipients, site] = prefetched
    ? [prefetched.comment, prefetched.recipients, { title: prefetched.siteTitle }]
    : await Promise.all([getCommentForNotice(tx, commentId), listHeldCommentRecipients(tx, authorUserId), readSiteSettings(tx)]);
  if (!comment || recipients.length === 0) return 0;
  const link = notificationLinks();
  const emails = recipients.map((person) => ({
    about: { commentId, whileStatus: "pending" as const },
    email: heldCommentEmail({
      to: person.email,
      siteTitle: site.title,
      commenterName: comment.commenterName,
      headline: comment.headline,
      body: comment.body,
      queueUrl: `${link.site}/admin/comments?view=pending&post=${comment.postId}`,
      unsubscribe: link.unsubscribe(person.id, "comment-held"),
    }),
  }));
  await queueEmails(tx, "comment-held", emails);
  return emails.length;
}

/**
 * Comments were published: each post's author hears of each one, unless they
 * wrote it, published it themselves, or switched these emails off. Sent only
 * while the comment is still published.
 */
export async function queueNewCommentNotices(
  tx: Database,
  {
    commentIds,
    actorId,
    settings: known,
  }: { commentIds: number[]; actorId: string | null; settings?: DiscussionSettings },
): Promise<number> {
  if (commentIds.length === 0) return 0;
  const settings = known ?? (await readDiscussionSettings(tx));
  if (!settings.notifyAuthorsOfComments) return 0;
  const [rows, site] = await Promise.all([
    listPostAuthorsToNotify(tx, commentIds),
    readSiteSettings(tx),
  ]);
  const link = notificationLinks();
  let queued = 0;
  for (const row of rows) {
    if (row.author.id === actorId || row.author.id === row.commentUserId)
      continue;
    const email = newCommentEmail({
      to: row.author.email,
      siteTitle: site.title,
      commenterName: row.commenterName,
      headline: row.headline,
      body: row.body,
      commentUrl: `${link.site}${commentPermalink(row.commentId)}`,
      unsubscribe: link.unsubscribe(row.author.id, "comment-on-my-post"),
    });
    await queueEmail(tx, "comment-on-my-post", email, {
      commentId: row.commentId,
      whileStatus: "approved",
    });
    queued += 1;
  }
  return queued;
}
