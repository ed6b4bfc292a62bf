import { parseSitemapFileName } from "@/lib/seo/sitemap-xml";
import { sitemapFileResponse } from "@/lib/seo/sitemaps";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFileName((await params).file);
  return file ? sitemapFileResponse(request, file) : new Response("Not found", { status: 404 });
}
