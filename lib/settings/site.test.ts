import { describe, expect, it } from "vitest";
import { parseSiteSettings } from "./site";

describe("parseSiteSettings", () => {
  it("fills defaults for a new install", () => {
    expect(parseSiteSettings(undefined)).toEqual({
      title: "Broadsheet",
      tagline: "News, argued over in good faith",
      postsPerPage: 10,
    });
  });

  it("keeps valid values and replaces invalid ones field by field", () => {
    const settings = parseSiteSettings({ title: "The Harbourside Herald", postsPerPage: 200, tagline: "9" });
    expect(settings.title).toBe("The Harbourside Herald");
    expect(settings.tagline).toBe("9");
    expect(settings.postsPerPage).toBe(10);
  });
});
