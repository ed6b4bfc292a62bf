import { z } from "zod";
import { listHeldComments } from "@/db/queries/comments";
import { readHeldIds } from "@/lib/comments/viewer-cookies";
import { getCurrentUser } from "@/lib/dal";
import { renderCommentMarkdown } from "@/lib/markdown/comment";

export const dynamic = "force-dynamic";

/**
 * The viewer's own comments on a post that still await moderation, for the
 * cached article page to show them. Nobody else's are ever returned.
 */
export async function GET(request: Request) {
  const parsed = z.coerce.number().int().positive().max(2_147_483_647).safeParse(new URL(request.url).searchParams.get("post"));
  if (!parsed.success) return Response.json({ error: "post must be a post id" }, { status: 400 });
  const postId = parsed.data;
  const [viewer, ids] = await Promise.all([getCurrentUser(), readHeldIds()]);
  const held = await listHeldComments({ postId, userId: viewer?.id ?? null, ids });
  return Response.json(
    {
      comments: held.map((comment) => ({
        id: comment.id,
        parentId: comment.parentId,
        authorName: comment.authorName,
        createdAt: comment.createdAt,
        html: renderCommentMarkdown(comment.body),
      })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
