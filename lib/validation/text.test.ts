import { describe, expect, it } from "vitest";
import { isValidEmail } from "./email";
import { blockText, isBlank, lineProblem, lineText, normalizeBlock, stripControls } from "./text";

const name = lineText({ max: 245, tooLong: "Too long.", required: "Enter your name." });
const body = blockText({ max: 65_525, tooLong: "Too long.", required: "Write something." });
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("lines (names, headlines, addresses)", () => {
  it.each([
    ["right-to-left override", "\u202enimda"],
    ["bidi isolate", "ad\u2066min\u2069"],
    ["zero-width space", "ad\u200bmin"],
    ["byte order mark", "ad\ufeffmin"],
    ["carriage return and line feed", "admin\r\nmod"],
    ["escape", "admin\u001b[31m"],
    ["bell", "admin\u0007"],
    ["NUL byte", "abc\u0000def"],
    ["C1 control", "abc\u0085def"],
    ["Hangul filler", "\u3164"],
  ])("refuses a %s", (_label, value) => {
    expect(name.safeParse(value).success).toBe(false);
    expect(lineProblem(value)).not.toBeNull();
  });

  it("refuses text that is only invisible characters, as if it were empty", () => {
    expect(messageOf(name.safeParse("\u200d\u200c "))).toBe("Enter your name.");
    expect(isBlank("\u200b\u200b")).toBe(true);
    expect(isBlank("\u0301\u0301")).toBe(true);
  });

  it("caps combining marks per letter but keeps real accents", () => {
    expect(name.safeParse("Nguyễn Thị Ánh").success).toBe(true);
    expect(name.safeParse("שָׁלוֹם").success).toBe(true);
    expect(messageOf(name.safeParse("Z" + "\u0301".repeat(200)))).toMatch(/accents/);
  });

  it("normalises to NFC and trims", () => {
    expect(name.parse("  Cafe\u0301 ")).toBe("Café");
  });

  it("keeps emoji sequences joined by zero-width joiners", () => {
    expect(name.safeParse("Family 👨‍👩‍👧").success).toBe(true);
  });

  it("says a value is too long in words, however long it is", () => {
    expect(messageOf(name.safeParse("x".repeat(1_048_576)))).toBe("Too long.");
  });
});

describe("blocks (comments, post bodies)", () => {
  it("keeps tabs and newlines, turns CRLF into LF and drops other control characters", () => {
    expect(normalizeBlock("a\r\nb\tc\u0000d\u001be")).toBe("a\nb\tcde");
    expect(body.parse("one\r\n\r\ntwo")).toBe("one\n\ntwo");
  });

  it("allows right-to-left marks in running text", () => {
    expect(body.safeParse("\u05e9\u05dc\u05d5\u05dd \u200fworld").success).toBe(true);
  });

  it("refuses invisible-only text and Zalgo runs", () => {
    expect(messageOf(body.safeParse("\u200b \n\u200b"))).toBe("Write something.");
    expect(body.safeParse("a" + "\u0300".repeat(50)).success).toBe(false);
  });
});

describe("search and filter words", () => {
  it("strips control and format characters", () => {
    expect(stripControls("abc\u0000def\u202e")).toBe("abc def");
  });
});

describe("email addresses, as browsers accept them", () => {
  it.each(["name@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie"])("accepts %s", (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    ["a full-width at sign", "user\uff20example.com"],
    ["a 65-character local part", `${"a".repeat(65)}@example.com`],
    ["an IP literal", "user@[127.0.0.1]"],
    ["a trailing dot", "user@example.com."],
    ["no dot in the domain", "user@localhost"],
    ["spaces", "us er@example.com"],
    ["a quoted local part", '"a b"@example.com'],
    ["two at signs", "a@b@example.com"],
  ])("refuses %s", (_label, email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});
