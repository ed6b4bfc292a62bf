import { describe, expect, it } from "vitest";
import { MAX_BODY_CHARS, postInputSchema, uniqueTagNames } from "./post-input";

const parse = (input: Record<string, unknown>) => postInputSchema.safeParse({ headline: "A headline", ...input });
const errorFor = (input: Record<string, unknown>, field: string) =>
  parse(input).error?.issues.find((issue) => issue.path[0] === field)?.message;

describe("post input", () => {
  it("trims text, lower-cases slugs and fills defaults", () => {
    const result = parse({ headline: "  Spaced  ", slug: " My-Slug ", kicker: " News " });
    expect(result.data).toMatchObject({ headline: "Spaced", slug: "my-slug", kicker: "News", intent: "save", tags: [], commentsOpen: true, coverImage: null });
  });

  it("names the field and the problem", () => {
    expect(errorFor({ headline: " " }, "headline")).toBe("Give the post a headline.");
    expect(errorFor({ slug: "two--hyphens" }, "slug")).toMatch(/single hyphens/);
    expect(errorFor({ body: "x".repeat(MAX_BODY_CHARS + 1) }, "body")).toMatch(/at most 200,000 characters/);
    expect(errorFor({ sourceUrl: "ftp://example.org" }, "sourceUrl")).toMatch(/https/);
    expect(errorFor({ sourceUrl: "https://example.org" }, "sourceName")).toMatch(/Name the source/);
    expect(errorFor({ coverImage: "../../etc/passwd" }, "coverImage")).toBeDefined();
    expect(errorFor({ coverImage: `${"a".repeat(64)}.png` }, "coverAlt")).toMatch(/Describe the image/);
    expect(errorFor({ coverImage: `${"a".repeat(64)}.svg`, coverAlt: "x" }, "coverImage")).toBeDefined();
    expect(errorFor({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "tags")).toMatch(/At most 20/);
    expect(errorFor({ publishAt: "tomorrow" }, "publishAt")).toMatch(/valid date/);
    expect(errorFor({ intent: "delete-everything" }, "intent")).toBeDefined();
  });

  it("de-duplicates tags case-insensitively, first spelling wins", () => {
    expect(uniqueTagNames([" Bridges", "bridges", "City  Hall", "", "city hall"])).toEqual(["Bridges", "City Hall"]);
  });
});
