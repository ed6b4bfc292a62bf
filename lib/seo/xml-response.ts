import "server-only";
import { etagOf, matchesEtag, PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/cache/page-memory.js";

/**
 * A feed or sitemap as a response, with a validator: feed readers and crawlers
 * poll, and an unchanged document answers 304 with no body. Cached like public
 * pages by a shared cache in front (a second).
 */
export function xmlResponse(request: Request, xml: string, contentType: string): Response {
  const etag = etagOf(Buffer.from(xml));
  const headers = { "Content-Type": contentType, "Cache-Control": PUBLIC_PAGE_CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding" };
  if (matchesEtag(request.headers.get("if-none-match") ?? undefined, etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers });
}
