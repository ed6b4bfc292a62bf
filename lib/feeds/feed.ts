// RSS 2.0 and Atom 1.0 from one description of a feed. Pure: routes hand it what
// to list. Written here rather than with the `feed` package, which writes RSS's
// <author> as a name (the spec wants an address), passes characters XML forbids
// straight through, and marks Atom titles as HTML.
import { escapeHtml } from "@/lib/markdown/plain";
import { escapeXml } from "@/lib/xml";

export interface FeedEntry {
  /** The entry's address, also its permanent id. */
  url: string;
  title: string;
  /** Plain text (a post's lead), or HTML already sanitized (a comment's rendered text). */
  summary: { text: string } | { html: string };
  author: string;
  categories: string[];
  published: string;
  updated: string;
}

export interface FeedDocument {
  title: string;
  description: string;
  /** The page this feed follows (home, section, tag, article). */
  siteUrl: string;
  /** This feed's own address. */
  selfUrl: string;
  language: string;
  /** Newest first. */
  entries: FeedEntry[];
}

// RSS readers treat an item's description, and most treat its title, as HTML
// once the XML is parsed. Text is therefore escaped for HTML and then for XML:
// "<b>" in a headline reaches the reader as the characters typed, never as markup.
const rssText = (value: string) => escapeXml(escapeHtml(value));
const rssSummary = (summary: FeedEntry["summary"]) => ("html" in summary ? escapeXml(summary.html) : rssText(summary.text));

const newest = (entries: FeedEntry[]) => entries.reduce<string | null>((latest, entry) => (latest === null || entry.updated > latest ? entry.updated : latest), null);

const lines = (parts: (string | null)[]) => parts.filter((line) => line !== null).join("\n");

export function buildRss(feed: FeedDocument): string {
  const items = feed.entries.map((entry) =>
    lines([
      "    <item>",
      `      <title>${rssText(entry.title)}</title>`,
      `      <link>${escapeXml(entry.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(entry.url)}</guid>`,
      `      <pubDate>${new Date(entry.published).toUTCString()}</pubDate>`,
      `      <dc:creator>${rssText(entry.author)}</dc:creator>`,
      ...entry.categories.map((name) => `      <category>${rssText(name)}</category>`),
      `      <description>${rssSummary(entry.summary)}</description>`,
      "    </item>",
    ]),
  );
  const updated = newest(feed.entries);
  return lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${rssText(feed.title)}</title>`,
    `    <link>${escapeXml(feed.siteUrl)}</link>`,
    `    <description>${rssText(feed.description)}</description>`,
    `    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <language>${escapeXml(feed.language)}</language>`,
    updated ? `    <lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate>` : null,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ]);
}

/** Atom needs an <updated> even when empty: a fixed date keeps an empty feed's bytes the same on every request. */
const EMPTY_FEED_UPDATED = "2000-01-01T00:00:00.000Z";

export function buildAtom(feed: FeedDocument): string {
  const entries = feed.entries.map((entry) =>
    lines([
      "  <entry>",
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <published>${new Date(entry.published).toISOString()}</published>`,
      `    <updated>${new Date(entry.updated).toISOString()}</updated>`,
      `    <author><name>${escapeXml(entry.author)}</name></author>`,
      ...entry.categories.map((name) => `    <category term="${escapeXml(name)}"/>`),
      "html" in entry.summary ? `    <content type="html">${escapeXml(entry.summary.html)}</content>` : `    <summary type="text">${escapeXml(entry.summary.text)}</summary>`,
      "  </entry>",
    ]),
  );
  return lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    feed.description ? `  <subtitle type="text">${escapeXml(feed.description)}</subtitle>` : null,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <updated>${new Date(newest(feed.entries) ?? EMPTY_FEED_UPDATED).toISOString()}</updated>`,
    ...entries,
    "</feed>",
    "",
  ]);
}
