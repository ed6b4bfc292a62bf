import { findCommentUrl } from "@/lib/comments/locate";
import { idParam } from "@/lib/validation/id";

export const dynamic = "force-dynamic";


/** A comment's permanent address: sends the reader to whichever page of its thread shows it now. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idParam.safeParse((await params).id);
  const url = id.success ? await findCommentUrl(id.data) : null;
  if (!url) {
    return new Response("This comment is not published, or no longer exists.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(null, { status: 302, headers: { Location: new URL(url, request.url).toString() } });
}
