import "server-only";
import { getDb } from "@/lib/db";
import { countApprovedBy } from "@/db/queries/comments/submission";
import { type CommentOwner, deleteOwnComment, isOwnedBy, lockCommentForChange, updateOwnCommentBody } from "@/db/queries/comments/owned";
import { readDiscussionSettings } from "@/lib/settings/store";
import type { ActiveUser } from "@/db/queries/users/accounts";
import { decideOwnEdit, type OwnChangeDecision, ownChangeProblem } from "@/lib/comments/own-comment-rules";
import { commentBodyColumns } from "@/lib/markdown/comment";
import { can } from "@/lib/permissions";

export type OwnChangeResult =
  | { outcome: "refuse"; reason: string; message: string }
  | {
      outcome: "done";
      postId: number;
      slug: string | null;
      previousStatus: string;
      status: "approved" | "pending" | "spam" | "deleted";
      /** The edited text as it is now shown. */
      html?: string;
    };

interface ChangeInput {
  commentId: number;
  viewer: ActiveUser | null;
  /** Guest comment ids this browser's signed cookie vouches for. */
  cookieIds: number[];
  ip: string;
  userAgent: string;
  now?: Date;
}

const owner = (input: ChangeInput): CommentOwner => ({ userId: input.viewer?.id ?? null, ids: input.cookieIds });

/**
 * The commenter changes their comment's text. One transaction: the comment row is
 * locked, ownership, the window and replies are checked, the rules run on the new
 * text, and the comment is saved with the status they give.
 */
export async function editOwnComment(input: ChangeInput & { body: string }): Promise<OwnChangeResult> {
  return getDb().transaction(async (tx) => {
    const found = await lockCommentForChange(tx, input.commentId);
    const settings = await readDiscussionSettings(tx);
    const viewer = input.viewer;
    const approvedCount = found
      ? await countApprovedBy(tx, { userId: found.userId, email: found.authorEmail })
      : 0;
    const decision: OwnChangeDecision = decideOwnEdit(input.body, {
      now: input.now ?? new Date(),
      settings,
      comment: found && {
        status: found.status,
        createdAt: found.createdAt,
        replyCount: found.replyCount,
        owned: isOwnedBy(found, owner(input)),
        authorName: found.authorName,
        authorEmail: found.authorEmail,
        authorUrl: found.authorUrl ?? "",
      },
      post: found?.post ?? null,
      author: { userId: found?.userId ?? null, canModerate: can(viewer, "comment:moderate"), approvedCount },
      request: { ip: input.ip, userAgent: input.userAgent },
    });
    if (decision.outcome === "refuse") return decision;
    const rendered = commentBodyColumns(input.body);
    await updateOwnCommentBody(tx, found!.id, {
      ...rendered,
      status: decision.status,
      ...(decision.reason !== null ? { moderationReason: decision.reason } : {}),
    });
    return { outcome: "done", postId: found!.postId, slug: found!.post?.slug ?? null, previousStatus: found!.status, status: decision.status, html: rendered.bodyHtml };
  });
}

/** The commenter takes their comment back, under the same conditions as an edit. */
export async function deleteOwnCommentAsAuthor(input: ChangeInput): Promise<OwnChangeResult> {
  return getDb().transaction(async (tx) => {
    const found = await lockCommentForChange(tx, input.commentId);
    const problem = ownChangeProblem({
      now: input.now ?? new Date(),
      comment: found && { ...found, owned: isOwnedBy(found, owner(input)), authorUrl: found.authorUrl ?? "" },
    });
    if (problem?.outcome === "refuse") return problem;
    await deleteOwnComment(tx, found!.id);
    return { outcome: "done", postId: found!.postId, slug: found!.post?.slug ?? null, previousStatus: found!.status, status: "deleted" };
  });
}
