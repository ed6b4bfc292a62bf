// Sitemap protocol 0.9 documents (sitemaps.org). Pure: routes hand it absolute addresses.
import { escapeXml } from "@/lib/xml";

export interface SitemapUrl {
  loc: string;
  lastModified?: Date | null;
}

const lastmod = (date: Date | null | undefined) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : "");

export function buildUrlset(urls: SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}</url>`),
    "</urlset>",
    "",
  ].join("\n");
}

export function buildSitemapIndex(sitemaps: SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((sitemap) => `<sitemap><loc>${escapeXml(sitemap.loc)}</loc>${lastmod(sitemap.lastModified)}</sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}

/** The files the index lists: "pages", "sections", "authors", "posts-N", "tags-N". */
export type SitemapFile = { kind: "pages" | "sections" | "authors" } | { kind: "posts" | "tags"; file: number };

export function sitemapFileName(file: SitemapFile): string {
  return "file" in file ? `${file.kind}-${file.file}.xml` : `${file.kind}.xml`;
}

/** The file a requested name stands for, or null for any other name. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  const fixed = /^(pages|sections|authors)\.xml$/.exec(name);
  if (fixed) return { kind: fixed[1] as "pages" | "sections" | "authors" };
  const ranged = /^(posts|tags)-(0|[1-9]\d{0,5})\.xml$/.exec(name);
  return ranged ? { kind: ranged[1] as "posts" | "tags", file: Number(ranged[2]) } : null;
}
