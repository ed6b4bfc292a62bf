import "server-only";
import { unstable_cache } from "next/cache";
import { listSitemapAuthors, listSitemapPosts, listSitemapSections, listSitemapTags, sitemapFileCounts } from "@/db/queries/sitemap";
import { cacheTags } from "@/lib/cache-tags";
import { getReadDb } from "@/lib/db";
import { siteBase } from "@/lib/env";
import { xmlResponse } from "./xml-response";
import { buildSitemapIndex, buildUrlset, type SitemapFile, sitemapFileName } from "./sitemap-xml";

// sitemap.xml is an index of smaller sitemaps: the home page, sections, authors,
// and posts and tags by id range. Each is built from a cached query expired by
// the same tags as the pages it lists.

const REVALIDATE = 3600;

const fileCounts = unstable_cache(() => sitemapFileCounts(getReadDb()), ["sitemap-files"], { tags: [cacheTags.posts, cacheTags.tags], revalidate: REVALIDATE });

const fileUrls = unstable_cache(
  async (file: SitemapFile) => {
    const base = siteBase();
    const db = getReadDb();
    const iso = (entries: { slug: string; lastModified: Date | null }[], path: string) =>
      entries.map((entry) => ({ loc: `${base}/${path}/${entry.slug}`, lastModified: entry.lastModified?.toISOString() ?? null }));
    switch (file.kind) {
      case "pages":
        return [{ loc: `${base}/`, lastModified: null }, { loc: `${base}/privacy`, lastModified: null }];
      case "sections":
        return iso(await listSitemapSections(db), "category");
      case "authors":
        return iso(await listSitemapAuthors(db), "author");
      case "posts":
        return iso(await listSitemapPosts(db, file.file), "posts");
      case "tags":
        return iso(await listSitemapTags(db, file.file), "tag");
    }
  },
  ["sitemap-file"],
  { tags: [cacheTags.posts, cacheTags.categories, cacheTags.tags, cacheTags.authors], revalidate: REVALIDATE },
);

const xml = (request: Request, body: string) => xmlResponse(request, body, "application/xml; charset=utf-8");

export async function sitemapIndexResponse(request: Request): Promise<Response> {
  const counts = await fileCounts();
  const files: SitemapFile[] = [
    { kind: "pages" },
    { kind: "sections" },
    { kind: "authors" },
    ...Array.from({ length: counts.posts }, (_, file) => ({ kind: "posts" as const, file })),
    ...Array.from({ length: counts.tags }, (_, file) => ({ kind: "tags" as const, file })),
  ];
  return xml(request, buildSitemapIndex(files.map((file) => ({ loc: `${siteBase()}/sitemaps/${sitemapFileName(file)}` }))));
}

export async function sitemapFileResponse(request: Request, file: SitemapFile): Promise<Response> {
  const counts = await fileCounts();
  if ("file" in file && file.file >= counts[file.kind]) return new Response("Not found", { status: 404 });
  const urls = await fileUrls(file);
  return xml(request, buildUrlset(urls.map((url) => ({ loc: url.loc, lastModified: url.lastModified ? new Date(url.lastModified) : null }))));
}
