import { z } from "zod";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };
const tokenSchema = z.string().min(1).max(200);

/**
 * RFC 8058 one-click unsubscribe: mail programs POST "List-Unsubscribe=One-Click"
 * to the address in the List-Unsubscribe header. The signed token in the address
 * is the whole authorisation; nothing here needs a session, and GET changes nothing.
 */
export async function POST(request: Request) {
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  if (!token.success) return new Response("This unsubscribe link is not valid.", { status: 400, headers: noStore });
  const done = await unsubscribe(token.data);
  if (!done) return new Response("This unsubscribe link is not valid or has expired.", { status: 400, headers: noStore });
  return new Response(`Unsubscribed: no more ${done.label}.`, { status: 200, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
}
