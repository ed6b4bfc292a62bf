import { describe, expect, it } from "vitest";
import { COMMENTER_COOKIE, encodeCommenter, readCommenterFromCookies } from "./commenter-cookie";

describe("the remembered-commenter cookie", () => {
  const people = [
    { name: "Ada", email: "ada@example.com", url: "https://ada.example" },
    { name: "Zoë Ñúñez-O’Brien 李小龍 🚌", email: "zoe@example.com" },
    { name: "a".repeat(200) + "ü", url: "" },
    {},
  ];

  it.each(people)("reads back what the server wrote, whatever the name (%#)", (person) => {
    const value = encodeCommenter(person);
    expect(value).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(readCommenterFromCookies(`theme=dark; ${COMMENTER_COOKIE}=${value}; other=1`)).toEqual(person);
  });

  it("is the same base64url as Node's own encoder", () => {
    for (const person of people) {
      expect(encodeCommenter(person)).toBe(Buffer.from(JSON.stringify(person), "utf8").toString("base64url"));
    }
  });

  it("gives nothing for a missing or damaged cookie", () => {
    expect(readCommenterFromCookies("theme=dark")).toEqual({});
    expect(readCommenterFromCookies(`${COMMENTER_COOKIE}=%%%`)).toEqual({});
    expect(readCommenterFromCookies(`${COMMENTER_COOKIE}=${encodeCommenter({ name: "x" }).slice(0, -3)}`)).toEqual({});
  });
});
