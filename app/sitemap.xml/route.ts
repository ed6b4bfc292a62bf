import { sitemapIndexResponse } from "@/lib/seo/sitemaps";

// Built per request from the tagged cache, which also keeps the build away from the database.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return sitemapIndexResponse(request);
}
