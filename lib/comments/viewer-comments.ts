import "server-only";
import { listHeldComments } from "@/db/queries/comments/threads";
import { listChangeableComments } from "@/db/queries/comments/owned";
import { getDb } from "@/lib/db";
import { commentHtml } from "@/lib/markdown/comment";
import { EDIT_WINDOW_MS, editableUntil } from "./own-comment-rules";

/**
 * The viewer's own comments on a post, for the cached article page: those still
 * awaiting moderation (shown only to their author), and those the author may
 * still edit or delete (no replies yet, inside the window). Nobody else's.
 */
export async function listViewerComments(input: { postId: number; userId: string | null; cookieIds: number[]; now?: Date }) {
  const owner = { userId: input.userId, ids: input.cookieIds };
  const since = new Date((input.now ?? new Date()).getTime() - EDIT_WINDOW_MS);
  const db = getDb();
  const [held, changeable] = await Promise.all([
    listHeldComments(db, { postId: input.postId, ...owner }),
    listChangeableComments(db, { postId: input.postId, ...owner, since }),
  ]);
  return {
    held: held.map((comment) => ({
      id: comment.id,
      parentId: comment.parentId,
      authorName: comment.authorName,
      createdAt: comment.createdAt,
      editedAt: comment.editedAt,
      html: commentHtml(comment),
    })),
    changeable: changeable
      .filter((comment) => comment.replyCount === 0)
      .map((comment) => ({ id: comment.id, body: comment.body, until: editableUntil(comment.createdAt).toISOString() })),
  };
}
