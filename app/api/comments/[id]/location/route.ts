import { z } from "zod";
import { findCommentUrl } from "@/lib/comments/locate";
import { idParam } from "@/lib/validation/id";

export const dynamic = "force-dynamic";

const orderSchema = z.enum(["oldest", "newest"]).optional();

/** Where a published comment is shown, for a #comment-ID link that landed on another page of its thread. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idParam.safeParse((await params).id);
  const order = orderSchema.safeParse(new URL(request.url).searchParams.get("order") ?? undefined);
  if (!id.success || !order.success) return Response.json({ error: "Give a comment id and, optionally, order=oldest|newest." }, { status: 400 });
  const url = await findCommentUrl(id.data, order.data);
  if (!url) return Response.json({ error: "This comment is not published." }, { status: 404 });
  return Response.json({ url }, { headers: { "Cache-Control": "no-store" } });
}
