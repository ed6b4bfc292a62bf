import { feedResponse } from "@/lib/seo/site-feeds";

// Built per request from the tagged cache (cheap), which also keeps the build away from the database.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, { kind: "posts" }, "rss");
}
