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
    expect(xml).toContain("<title>Bridge &lt;reopens&gt;</title>");
    expect(xml).toContain('<guid isPermaLink="true">https://news.example/posts/bridge</guid>');
    expect(xml).toContain("<pubDate>Sat, 28 Nov 2026 09:30:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Sat, 28 Nov 2026 09:30:00 GMT</lastBuildDate>");
    expect(xml).toContain("<description>News &amp; views</description>");
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml.match(/<category>/g)).toHaveLength(1);
  });
});
