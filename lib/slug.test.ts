import { describe, expect, it } from "vitest";
import { isValidSlug, MAX_SLUG_LENGTH, slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["Night buses return to Harbourside", "night-buses-return-to-harbourside"],
    ["  Café déjà vu: the résumé!  ", "cafe-deja-vu-the-resume"],
    ["St Bride's cuts A&E waits", "st-brides-cuts-a-and-e-waits"],
    ["Storm surge peaks at 4.1 metres", "storm-surge-peaks-at-4-1-metres"],
    ["---", ""],
    ["日本語", ""],
  ])("%j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("cuts at a word boundary within the length limit", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it("cuts a single overlong word rather than returning nothing", () => {
    expect(slugify("a".repeat(100))).toBe("a".repeat(MAX_SLUG_LENGTH));
  });
});

describe("isValidSlug", () => {
  it.each(["news", "a-b-c", "2026-budget"])("accepts %s", (slug) => expect(isValidSlug(slug)).toBe(true));
  it.each(["", "-a", "a-", "a--b", "A", "a b", "a/b", "../etc", "x".repeat(81)])("rejects %j", (slug) =>
    expect(isValidSlug(slug)).toBe(false),
  );
});

describe("uniqueSlug", () => {
  it("returns the base when free and numbers it when taken", () => {
    const taken = new Set(["budget", "budget-2"]);
    expect(uniqueSlug("ferry", (s) => taken.has(s))).toBe("ferry");
    expect(uniqueSlug("budget", (s) => taken.has(s))).toBe("budget-3");
  });

  it("stays within the length limit when adding a suffix", () => {
    const base = "x".repeat(MAX_SLUG_LENGTH);
    const slug = uniqueSlug(base, (s) => s === base);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-2")).toBe(true);
  });
});
