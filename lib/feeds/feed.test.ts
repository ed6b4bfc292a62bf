import { parseFeed } from "@rowanmanning/feed-parser";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { escapeXml } from "@/lib/xml";
import { buildAtom, buildRss, type FeedDocument } from "./feed";

const site = "https://news.example";

function document(overrides: Partial<FeedDocument> = {}): FeedDocument {
  return {
    title: "Broadsheet",
    description: "News & views",
    siteUrl: `${site}/`,
    selfUrl: `${site}/feed.xml`,
    language: "en-GB",
    entries: [
      {
        url: `${site}/posts/bridge`,
        title: "Bridge <reopens> & “traffic” returns",
        summary: { text: "The lead, with <b>tags</b> typed as text." },
        author: "Tom O’Neill",
        categories: ["City", "Roads & bridges"],
        published: "2026-11-28T09:30:00.000Z",
        updated: "2026-11-28T10:00:00.000Z",
      },
      {
        url: `${site}/posts/older`,
        title: "Older",
        summary: { html: '<p>A comment with <a href="https://example.org" rel="nofollow ugc">a link</a> &amp; more.</p>' },
        author: "Sam",
        categories: [],
        published: "2026-11-27T09:30:00.000Z",
        updated: "2026-11-27T09:30:00.000Z",
      },
    ],
    ...overrides,
  };
}

/** Throws on anything that is not well-formed XML. */
function wellFormed(xml: string) {
  const parser = new SaxesParser();
  const failures: Error[] = [];
  parser.on("error", (error) => failures.push(error));
  parser.write(xml).close();
  expect(failures.map((error) => error.message)).toEqual([]);
}

describe("escapeXml", () => {
  it("escapes markup and drops characters XML forbids, lone surrogates included", () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>\u0007\u0000\uD800x`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;x");
    expect(escapeXml("emoji 🗞 stays")).toBe("emoji 🗞 stays");
  });
});

describe.each([
  ["RSS 2.0", buildRss, "rss"],
  ["Atom 1.0", buildAtom, "atom"],
] as const)("%s", (_name, build, type) => {
  it("is well-formed and reads back through a feed parser with every field", () => {
    const xml = build(document());
    wellFormed(xml);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe(type);
    expect(feed.title).toBe("Broadsheet");
    expect(feed.language?.toLowerCase()).toBe("en-gb");
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first!.url).toBe(`${site}/posts/bridge`);
    expect(first!.id).toBe(`${site}/posts/bridge`);
    expect(first!.published?.toISOString()).toBe("2026-11-28T09:30:00.000Z");
    expect(first!.authors.map((author) => author.name)).toEqual(["Tom O’Neill"]);
    expect(first!.categories.map((category) => category.label ?? category.term)).toEqual(["City", "Roads & bridges"]);
    // Text stays the characters typed, whatever the format does with HTML.
    expect(first!.title).toBe("Bridge <reopens> & “traffic” returns");
    expect(second!.content ?? second!.description).toContain('<a href="https://example.org" rel="nofollow ugc">a link</a>');
    expect(feed.updated?.toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });

  it("names itself and the page it follows", () => {
    const xml = build(document());
    const feed = parseFeed(xml);
    expect(feed.url).toBe(`${site}/`);
    expect(feed.self).toBe(`${site}/feed.xml`);
  });

  it("an empty feed is still valid and the same on every request", () => {
    const xml = build(document({ entries: [] }));
    wellFormed(xml);
    expect(parseFeed(xml).items).toHaveLength(0);
    expect(build(document({ entries: [] }))).toBe(xml);
  });

  it("hostile text stays inert and control characters never break the XML", () => {
    const hostile = document({
      title: "Site\u0001 <script>",
      entries: [
        {
          url: `${site}/posts/x?a=1&b=2`,
          title: '<img src=x onerror="alert(1)">\u0000\u001b]]>',
          summary: { text: "<script>alert(2)</script>" },
          author: "<b>Tom</b>",
          categories: ['"><svg onload=alert(3)>'],
          published: "2026-11-28T09:30:00.000Z",
          updated: "2026-11-28T09:30:00.000Z",
        },
      ],
    });
    const xml = build(hostile);
    wellFormed(xml);
    const [item] = parseFeed(xml).items;
    expect(item!.url).toBe(`${site}/posts/x?a=1&b=2`);
    expect(item!.title).toBe('<img src=x onerror="alert(1)">]]>');
    if (type === "rss") {
      // RSS readers hand title, description and creator to an HTML renderer
      // after one XML decode: what they get must hold no tag.
      const decode = (value: string) => value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
      for (const tag of ["title", "description", "dc:creator", "category"]) {
        const inner = [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((match) => decode(match[1]!));
        expect(inner.length).toBeGreaterThan(0);
        for (const html of inner) expect(html).not.toMatch(/<[a-z]/i);
      }
    } else {
      // Atom says how to read each text: these are plain text, never HTML.
      expect(xml).toMatch(/<title type="text">&lt;img/);
      expect(xml).toMatch(/<summary type="text">&lt;script&gt;/);
    }
  });
});
