import { feedResponse } from "@/lib/seo/site-feeds";

export const dynamic = "force-dynamic";

export function GET() {
  return feedResponse({ kind: "comments" }, "atom");
}
