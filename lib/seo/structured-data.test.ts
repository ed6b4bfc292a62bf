import { describe, expect, it } from "vitest";
import { type ArticleFacts, breadcrumbJsonLd, MAX_HEADLINE, newsArticleJsonLd, type PublisherFacts, serializeJsonLd } from "./structured-data";

const publisher: PublisherFacts = { name: "The Harbourside Herald", url: "https://news.example/", logo: "https://news.example/icon-512.png" };

const article: ArticleFacts = {
  url: "https://news.example/posts/bridge-reopens",
  headline: "Bridge reopens after two years",
  description: "Traffic returns to the old crossing.",
  publishedAt: "2026-11-28T09:30:00.000Z",
  updatedAt: "2026-11-29T08:00:00.000Z",
  authorName: "Tom O’Neill",
  authorUrl: "https://news.example/author/tom-o-neill",
  section: { name: "City", url: "https://news.example/category/city" },
  keywords: ["roads", "bridges"],
  image: "https://news.example/uploads/abc.jpg",
  language: "en-GB",
};

// What a crawler reads back: parsed from the serialized text, so escaping is covered too.
type ReadBack = Record<string, unknown> & { headline: string; image: string[]; dateModified: string; publisher: unknown; itemListElement: { name: string }[] };
const readBack = (data: object) => JSON.parse(serializeJsonLd(data)) as ReadBack;

const isoDate = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const absolute = (value: unknown) => typeof value === "string" && /^https:\/\//.test(value);

/**
 * The properties schema.org's NewsArticle and Google's article documentation
 * ask for, checked the way a validator would: present, typed, absolute URLs,
 * ISO 8601 dates. Returns what is wrong.
 */
function newsArticleProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (data["@context"] !== "https://schema.org") problems.push("@context");
  if (data["@type"] !== "NewsArticle") problems.push("@type");
  if (typeof data.headline !== "string" || !data.headline || [...data.headline].length > MAX_HEADLINE) problems.push("headline");
  if (!Array.isArray(data.image) || data.image.length === 0 || !data.image.every(absolute)) problems.push("image");
  for (const date of ["datePublished", "dateModified"]) if (typeof data[date] !== "string" || !isoDate.test(data[date])) problems.push(date);
  if (String(data.dateModified) < String(data.datePublished)) problems.push("dateModified before datePublished");
  const authors = data.author as { "@type"?: string; name?: string; url?: string }[] | undefined;
  if (!Array.isArray(authors) || authors.length === 0 || !authors.every((a) => a["@type"] === "Person" && a.name && absolute(a.url))) problems.push("author");
  const pub = data.publisher as { "@type"?: string; name?: string; logo?: { "@type"?: string; url?: string } } | undefined;
  if (!pub || !/Organization$/.test(pub["@type"] ?? "") || !pub.name || pub.logo?.["@type"] !== "ImageObject" || !absolute(pub.logo.url)) problems.push("publisher");
  const page = data.mainEntityOfPage as { "@id"?: string } | undefined;
  if (!absolute(page?.["@id"])) problems.push("mainEntityOfPage");
  return problems;
}

function breadcrumbProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (data["@type"] !== "BreadcrumbList") problems.push("@type");
  const items = data.itemListElement as { "@type"?: string; position?: number; name?: string; item?: string }[];
  if (!Array.isArray(items) || items.length < 2) problems.push("itemListElement");
  items?.forEach((entry, index) => {
    if (entry["@type"] !== "ListItem" || entry.position !== index + 1 || !entry.name || !absolute(entry.item)) problems.push(`item ${index + 1}`);
  });
  return problems;
}

describe("NewsArticle", () => {
  it("has every property search engines require", () => {
    const data = readBack(newsArticleJsonLd(article, publisher));
    expect(newsArticleProblems(data)).toEqual([]);
    expect(data).toMatchObject({ articleSection: "City", keywords: "roads, bridges", inLanguage: "en-GB", image: [article.image] });
    expect(data.publisher).toMatchObject({ name: "The Harbourside Herald", logo: { url: publisher.logo } });
  });

  it("without a cover, the publisher's logo is the image; without a section, none is named", () => {
    const data = readBack(newsArticleJsonLd({ ...article, image: null, section: null, keywords: [], description: "" }, publisher));
    expect(newsArticleProblems(data)).toEqual([]);
    expect(data.image).toEqual([publisher.logo]);
    expect(data).not.toHaveProperty("articleSection");
    expect(data).not.toHaveProperty("keywords");
    expect(data).not.toHaveProperty("description");
  });

  it("clips a long headline to 110 characters and never dates a change before publication", () => {
    const data = readBack(newsArticleJsonLd({ ...article, headline: "Ünïcode ".repeat(30), updatedAt: "2026-11-01T00:00:00.000Z" }, publisher));
    expect([...data.headline]).toHaveLength(MAX_HEADLINE);
    expect(data.headline.endsWith("…")).toBe(true);
    expect(data.dateModified).toBe(article.publishedAt);
    expect(newsArticleProblems(data)).toEqual([]);
  });
});

describe("BreadcrumbList", () => {
  it("goes home › section › story", () => {
    const data = readBack(breadcrumbJsonLd(article, publisher));
    expect(breadcrumbProblems(data)).toEqual([]);
    expect(data.itemListElement.map((item: { name: string }) => item.name)).toEqual(["The Harbourside Herald", "City", "Bridge reopens after two years"]);
  });

  it("skips the section when there is none", () => {
    const data = readBack(breadcrumbJsonLd({ ...article, section: null }, publisher));
    expect(breadcrumbProblems(data)).toEqual([]);
    expect(data.itemListElement).toHaveLength(2);
  });
});

describe("serializeJsonLd", () => {
  it("can't close its script element or open a comment, and reads back the same", () => {
    const hostile = { ...article, headline: "</script><script>alert(1)</script><!-- & \u2028" };
    const json = serializeJsonLd(newsArticleJsonLd(hostile, publisher));
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect((JSON.parse(json) as { headline: string }).headline).toBe(hostile.headline);
  });
});
