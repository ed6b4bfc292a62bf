import { describe, expect, it } from "vitest";
import { parseSiteSettings, siteDescription } from "./site";

describe("parseSiteSettings", () => {
  it("fills defaults for a new install", () => {
    expect(parseSiteSettings(undefined)).toEqual({
      title: "Broadsheet",
      tagline: "News, argued over in good faith",
      description: "",
      language: "en-GB",
      timeZone: null,
      postsPerPage: 10,
      logo: null,
    });
  });

  it("keeps valid values and replaces invalid ones field by field", () => {
    const settings = parseSiteSettings({ title: "The Harbourside Herald", postsPerPage: 200, tagline: "9", timeZone: "Mars/Olympus", language: "xx", logo: "../etc/passwd" });
    expect(settings.title).toBe("The Harbourside Herald");
    expect(settings.tagline).toBe("9");
    expect(settings.postsPerPage).toBe(10);
    expect(settings.timeZone).toBeNull();
    expect(settings.language).toBe("en-GB");
    expect(settings.logo).toBeNull();
  });

  it("keeps a real time zone, language and uploaded logo", () => {
    const logo = `${"a".repeat(64)}.png`;
    expect(parseSiteSettings({ timeZone: "America/New_York", language: "de-DE", logo })).toMatchObject({ timeZone: "America/New_York", language: "de-DE", logo });
  });

  it("a blank stored title falls back rather than leaving pages without a name", () => {
    expect(parseSiteSettings({ title: "   " }).title).toBe("Broadsheet");
  });
});

describe("siteDescription", () => {
  it("is the description, or the tagline when there is none", () => {
    expect(siteDescription({ description: "Local news for the harbour towns.", tagline: "t" })).toBe("Local news for the harbour towns.");
    expect(siteDescription({ description: "  ", tagline: "The tagline" })).toBe("The tagline");
  });
});
