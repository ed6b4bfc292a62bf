// RSS 2.0 for the latest posts. Pure: the route hands it what to list.
import { escapeHtml } from "@/lib/markdown/plain";

export interface FeedItem {
  title: string;
  url: string;
  description: string;
  author: string;
  category: string | null;
  publishedAt: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  siteUrl: string;
  feedUrl: string;
  items: FeedItem[];
}

// Characters XML 1.0 forbids outright, which a pasted headline may still carry.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

// Feed readers treat an item's description, and most treat its title, as HTML
// once the XML is parsed. Text is therefore escaped for HTML and then for XML:
// "<b>" in a headline reaches the reader as the characters typed, never as markup.
const text = (value: string) => escapeXml(escapeHtml(value));

export function buildRss(channel: FeedChannel): string {
  const items = channel.items.map((item) =>
    [
      "    <item>",
      `      <title>${text(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      `      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`,
      `      <dc:creator>${text(item.author)}</dc:creator>`,
      item.category ? `      <category>${text(item.category)}</category>` : null,
      `      <description>${text(item.description)}</description>`,
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  const updated = channel.items[0]?.publishedAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${text(channel.title)}</title>`,
    `    <link>${escapeXml(channel.siteUrl)}</link>`,
    `    <description>${text(channel.description)}</description>`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    "    <language>en-GB</language>",
    updated ? `    <lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate>` : null,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
}
