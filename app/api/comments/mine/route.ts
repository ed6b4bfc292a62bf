import { listViewerComments } from "@/lib/comments/viewer-comments";
import { readOwnCommentIds } from "@/lib/comments/viewer-cookies";
import { getCurrentUser } from "@/lib/dal";
import { idParam } from "@/lib/validation/id";

export const dynamic = "force-dynamic";

/** The viewer's own held and still-changeable comments on a post (see listViewerComments). */
export async function GET(request: Request) {
  const parsed = idParam.safeParse(new URL(request.url).searchParams.get("post") ?? "");
  if (!parsed.success) return Response.json({ error: "post must be a post id" }, { status: 400 });
  const [viewer, cookieIds] = await Promise.all([getCurrentUser(), readOwnCommentIds()]);
  const mine = await listViewerComments({ postId: parsed.data, userId: viewer?.id ?? null, cookieIds });
  return Response.json(mine, { headers: { "Cache-Control": "private, no-store" } });
}
