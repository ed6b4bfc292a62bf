import { findCommentUrl } from "@/lib/comments/locate";
import { idParam } from "@/lib/validation/id";

export const dynamic = "force-dynamic";


/** A comment's permanent address: sends the reader to whichever page of its thread shows it now. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idParam.safeParse((await params).id);
  const url = id.success ? await findCommentUrl(id.data) : null;
  if (!url) {
    return new Response("This comment is not published, or no longer exists.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // A relative Location: the browser resolves it against the address it asked,
  // whatever host or proxy it came through (never the server's bind address).
  return new Response(null, { status: 302, headers: { Location: url } });
}
