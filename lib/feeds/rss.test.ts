import { describe, expect, it } from "vitest";
import { buildRss, escapeXml } from "./rss";

describe("RSS feed", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>\u0007`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;");
  });

  it("lists items newest first with links, dates, authors and sections", () => {
    const xml = buildRss({
      title: "Broadsheet",
      description: "News & views",
      siteUrl: "https://news.example",
      feedUrl: "https://news.example/feed.xml",
      items: [
        { title: "Bridge <reopens>", url: "https://news.example/posts/bridge", description: "Lead", author: "Tom", category: "City", publishedAt: "2026-11-28T09:30:00.000Z" },
        { title: "Older", url: "https://news.example/posts/older", description: "", author: "Sam", category: null, publishedAt: "2026-11-27T09:30:00.000Z" },
      ],
    });
    expect(xml).toContain("<title>Bridge &amp;lt;reopens&amp;gt;</title>");
    expect(xml).toContain('<guid isPermaLink="true">https://news.example/posts/bridge</guid>');
    expect(xml).toContain("<pubDate>Sat, 28 Nov 2026 09:30:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Sat, 28 Nov 2026 09:30:00 GMT</lastBuildDate>");
    expect(xml).toContain("<description>News &amp;amp; views</description>");
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml.match(/<category>/g)).toHaveLength(1);
  });

  it("keeps HTML in a headline or lead inert once a feed reader has parsed the XML", () => {
    const xml = buildRss({
      title: "Broadsheet",
      description: "",
      siteUrl: "https://news.example",
      feedUrl: "https://news.example/feed.xml",
      items: [{ title: '<img src=x onerror="alert(1)">', url: "https://news.example/posts/x", description: "<script>alert(2)</script>", author: "<b>Tom</b>", category: null, publishedAt: "2026-11-28T09:30:00.000Z" }],
    });
    // What a reader hands its HTML renderer: the element text with XML entities decoded once.
    const decode = (value: string) => value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    for (const tag of ["title", "description", "dc:creator"]) {
      const inner = [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((match) => decode(match[1]!));
      for (const html of inner) expect(html).not.toMatch(/<[a-z]/i);
    }
  });
});
