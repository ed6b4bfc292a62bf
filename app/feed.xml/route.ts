import { feedResponse } from "@/lib/seo/site-feeds";

// Built per request from the tagged cache (cheap), which also keeps the build away from the database.
export const dynamic = "force-dynamic";

export function GET() {
  return feedResponse({ kind: "posts" }, "rss");
}
