import { describe, expect, it } from "vitest";
import { parseSiteSettings } from "./settings";

describe("parseSiteSettings", () => {
  it("fills defaults for a new install", () => {
    expect(parseSiteSettings(undefined)).toEqual({
      title: "Broadsheet",
      tagline: "News, argued over in good faith",
      postsPerPage: 10,
      commentsPerPage: 50,
      threadDepth: 5,
    });
  });

  it("keeps valid values and replaces invalid ones field by field", () => {
    const settings = parseSiteSettings({ title: "The Harbourside Herald", threadDepth: 42, postsPerPage: "9" });
    expect(settings.title).toBe("The Harbourside Herald");
    expect(settings.threadDepth).toBe(5);
    expect(settings.postsPerPage).toBe(10);
  });
});
