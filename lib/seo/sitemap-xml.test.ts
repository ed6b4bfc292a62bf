import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { buildSitemapIndex, buildUrlset, parseSitemapFileName, sitemapFileName } from "./sitemap-xml";

function parse(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  const elements: { name: string; ns: string; text: string }[] = [];
  let text = "";
  parser.on("error", (error) => errors.push(error.message));
  parser.on("opentag", () => (text = ""));
  parser.on("text", (t) => (text += t));
  parser.on("closetag", (tag) => elements.push({ name: tag.local, ns: tag.uri, text }));
  parser.write(xml).close();
  return { errors, elements };
}

describe("sitemaps", () => {
  it("a urlset lists absolute addresses with ISO dates, escaped", () => {
    const xml = buildUrlset([
      { loc: "https://news.example/posts/a?x=1&y=2", lastModified: new Date("2026-11-28T09:30:00Z") },
      { loc: "https://news.example/tag/fish-chips" },
    ]);
    const { errors, elements } = parse(xml);
    expect(errors).toEqual([]);
    expect(elements.filter((e) => e.name === "loc").map((e) => e.text)).toEqual(["https://news.example/posts/a?x=1&y=2", "https://news.example/tag/fish-chips"]);
    expect(elements.filter((e) => e.name === "lastmod").map((e) => e.text)).toEqual(["2026-11-28T09:30:00.000Z"]);
    expect(elements.every((e) => e.ns === "http://www.sitemaps.org/schemas/sitemap/0.9")).toBe(true);
  });

  it("an index names its sitemaps", () => {
    const { errors, elements } = parse(buildSitemapIndex([{ loc: "https://news.example/sitemaps/posts-0.xml" }]));
    expect(errors).toEqual([]);
    expect(elements.map((e) => e.name)).toEqual(["loc", "sitemap", "sitemapindex"]);
  });

  it("file names go both ways and nothing else is a file", () => {
    for (const file of [{ kind: "pages" }, { kind: "sections" }, { kind: "authors" }, { kind: "posts", file: 0 }, { kind: "tags", file: 12 }] as const) {
      expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file);
    }
    for (const name of ["posts.xml", "posts-01.xml", "posts--1.xml", "posts-9999999.xml", "../etc.xml", "users.xml", "pages.xml.gz", ""]) {
      expect(parseSitemapFileName(name)).toBeNull();
    }
  });
});
