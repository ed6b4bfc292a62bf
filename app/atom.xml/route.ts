import { feedResponse } from "@/lib/seo/site-feeds";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, { kind: "posts" }, "atom");
}
