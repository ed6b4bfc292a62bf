import { feedResponse } from "@/lib/seo/site-feeds";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse(request, { kind: "post-comments", slug: (await params).slug }, "atom");
}
