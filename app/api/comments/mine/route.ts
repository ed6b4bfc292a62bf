import { idParam } from "@/lib/validation/id";
import { listHeldComments } from "@/db/queries/comments";
import { listChangeableComments } from "@/db/queries/own-comments";
import { readOwnCommentIds } from "@/lib/comments/viewer-cookies";
import { getCurrentUser } from "@/lib/dal";
import { commentHtml } from "@/lib/markdown/comment";
import { editableUntil } from "@/lib/moderation/own-comment-rules";

export const dynamic = "force-dynamic";

/**
 * The viewer's own comments on a post, for the cached article page: those still
 * awaiting moderation (shown only to their author), and those the author may
 * still edit or delete. Nobody else's are ever returned.
 */
export async function GET(request: Request) {
  const parsed = idParam.safeParse(new URL(request.url).searchParams.get("post") ?? "");
  if (!parsed.success) return Response.json({ error: "post must be a post id" }, { status: 400 });
  const postId = parsed.data;
  const [viewer, ids] = await Promise.all([getCurrentUser(), readOwnCommentIds()]);
  const owner = { userId: viewer?.id ?? null, ids };
  const [held, changeable] = await Promise.all([listHeldComments({ postId, ...owner }), listChangeableComments({ postId, ...owner })]);
  return Response.json(
    {
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
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
