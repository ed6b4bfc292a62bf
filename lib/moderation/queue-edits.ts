import "server-only";
import { getDb } from "@/lib/db";
import { lockComment, setCommentStatus, updateCommentContent } from "@/db/queries/comments/moderation";
import { getPostForComment, insertComment } from "@/db/queries/comments/submission";
import { getUserRole } from "@/db/queries/users/accounts";
import { can, canModerateCommenter } from "@/lib/permissions";
import { isAutoClosed } from "@/lib/comments/rules";
import { recordModerationEvent } from "@/db/queries/moderation/events";
import { readDiscussionSettings } from "@/lib/settings/store";
import type { UserRole } from "@/db/schema";
import { commentBodyColumns } from "@/lib/markdown/comment";

// Moderators answering and correcting comments from the queue. Both are one
// transaction with the comment row locked, and both leave an audit entry.

type Actor = { id: string; name: string; email: string; role: UserRole };

export type QueueEditResult =
  | { ok: false; message: string; field?: "body" | "name" | "email" | "url" }
  | { ok: true; eventId: number; commentId: number; postId: number; public: boolean };

/**
 * The moderator's reply is published at once, under their account, and a held
 * comment they answer is approved with it (answering is vouching for it).
 */
export async function replyFromQueue(input: { actor: Actor; parentId: number; body: string; ip: string; userAgent: string }): Promise<QueueEditResult> {
  if (input.body.trim() === "") return { ok: false, message: "Write a reply first.", field: "body" };
  return getDb().transaction(async (tx) => {
    const parent = await lockComment(tx, input.parentId);
    if (!parent || parent.status === "spam" || parent.status === "trash") {
      return { ok: false, message: "Only published or held comments can be answered." };
    }
    const settings = await readDiscussionSettings(tx);
    // Moderators answer where readers could; editors and admins anywhere.
    if (!can(input.actor, "comment:moderate-beyond-public")) {
      const post = await getPostForComment(tx, parent.postId);
      if (!post?.visible) return { ok: false, message: "That article isn’t published, so its comments can’t be answered." };
      if (!post.commentsOpen || isAutoClosed(settings, post.publishedAt, new Date())) {
        return { ok: false, message: "Comments are closed on that article. An editor can still answer." };
      }
    }
    // At the deepest level the reply joins the same conversation one level up.
    const attachTo = parent.depth + 1 >= settings.threadDepth && parent.parentId !== null ? await lockComment(tx, parent.parentId) : parent;
    if (!attachTo) return { ok: false, message: "That conversation no longer exists." };
    const approvedParent = parent.status === "pending";
    if (approvedParent) {
      await setCommentStatus(tx, [parent.id], "approved", null);
    }
    const replyId = await insertComment(tx, {
      postId: parent.postId,
      parentId: attachTo.id,
      rootId: attachTo.rootId ?? attachTo.id,
      depth: attachTo.depth + 1,
      userId: input.actor.id,
      authorName: input.actor.name,
      authorEmail: input.actor.email,
      authorUrl: null,
      ...commentBodyColumns(input.body),
      status: "approved",
      moderationReason: "staff",
      ip: input.ip,
      userAgent: input.userAgent.slice(0, 500),
    });
    const eventId = await recordModerationEvent(tx, {
      actorId: input.actor.id,
      action: "reply",
      commentIds: approvedParent ? [parent.id, replyId] : [replyId],
      changes: {
        changes: [
          ...(approvedParent ? [{ id: parent.id, from: "pending" as const, to: "approved" as const, previousBefore: parent.previousStatus }] : []),
        ],
        reply: { id: replyId, to: parent.id },
      },
    });
    return { ok: true, eventId, commentId: replyId, postId: parent.postId, public: true };
  });
}

export interface CommentCorrection {
  body: string;
  name: string;
  email: string;
  url: string;
}

/** A moderator corrects a comment's text or its author's details; the log keeps what it said before. */
export async function editFromQueue(input: { actor: Actor; commentId: number; correction: CommentCorrection }): Promise<QueueEditResult> {
  return getDb().transaction(async (tx) => {
    const row = await lockComment(tx, input.commentId);
    if (!row) return { ok: false, message: "That comment no longer exists." };
    if (!canModerateCommenter(input.actor, await getUserRole(tx, { id: row.userId }))) {
      return { ok: false, message: "That comment is by a member of staff your role can’t edit." };
    }
    const { correction } = input;
    const before = { body: row.body, name: row.authorName, email: row.authorEmail, url: row.authorUrl ?? "" };
    await updateCommentContent(tx, row.id, { ...commentBodyColumns(correction.body), authorName: correction.name, authorEmail: correction.email, authorUrl: correction.url || null });
    const eventId = await recordModerationEvent(tx, {
      actorId: input.actor.id,
      action: "edit",
      commentIds: [row.id],
      changes: { changes: [], edit: { before, after: { ...correction } } },
    });
    return { ok: true, eventId, commentId: row.id, postId: row.postId, public: row.status === "approved" };
  });
}
