import { describe, expect, it } from "vitest";
import { parseGeneralForm } from "./general-form";

const valid = {
  title: "The Harbourside Herald",
  tagline: "News from the quay",
  description: "Local news\nfor the harbour towns.",
  language: "de-DE",
  timeZone: "Europe/Berlin",
  postsPerPage: "12",
  logo: "",
};

const parse = (values: Record<string, string | null>) => parseGeneralForm((name) => (name in values ? values[name]! : null));

describe("parseGeneralForm", () => {
  it("turns the form into settings", () => {
    expect(parse(valid)).toEqual({
      ok: true,
      settings: { title: "The Harbourside Herald", tagline: "News from the quay", description: "Local news for the harbour towns.", language: "de-DE", timeZone: "Europe/Berlin", postsPerPage: 12, logo: null },
    });
  });

  it("a blank time zone means the server's", () => {
    const result = parse({ ...valid, timeZone: "  " });
    expect(result.ok && result.settings.timeZone).toBeNull();
  });

  it("gives a message beside each broken field and saves nothing", () => {
    const result = parse({
      title: "   ",
      tagline: "x".repeat(201),
      description: "y".repeat(301),
      language: "klingon",
      timeZone: "Mars/Olympus",
      postsPerPage: "ten",
      logo: "../../etc/passwd",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["description", "language", "logo", "postsPerPage", "tagline", "timeZone", "title"]);
    expect(result.errors.title).toBe("Give the site a title.");
    expect(result.errors.timeZone).toMatch(/time zone/);
  });

  it("refuses control characters, null bytes and out-of-range numbers", () => {
    const result = parse({ ...valid, title: "Herald\u0000", postsPerPage: "0" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toMatch(/control characters/);
    expect(result.errors.postsPerPage).toMatch(/at least 1/);
    expect(parse({ ...valid, postsPerPage: "51" })).toMatchObject({ ok: false, errors: { postsPerPage: "Posts per page can be at most 50." } });
  });

  it("missing fields (a tampered form) are messages, not exceptions", () => {
    const result = parse({});
    expect(result.ok).toBe(false);
  });

  it("keeps an uploaded logo's name", () => {
    const logo = `${"b".repeat(64)}.webp`;
    const result = parse({ ...valid, logo });
    expect(result.ok && result.settings.logo).toBe(logo);
  });
});
