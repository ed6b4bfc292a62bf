import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password";

describe("passwordProblem", () => {
  it.each([
    ["short", /at least 10/],
    ["x".repeat(201), /at most 200/],
    ["Password123", /too common/],
    ["aaaaaaaaaaaa", /different characters/],
    ["abababababab", /different characters/],
    ["priya.nair-2026!", /email/],
  ])("refuses %j", (password, message) => {
    expect(passwordProblem(password, { email: "priya.nair@example.com", name: "Priya" })).toMatch(message);
  });

  it("refuses a password built from the name", () => {
    expect(passwordProblem("marta lindqvist!", { name: "Marta Lindqvist" })).toMatch(/name/);
  });

  it.each(["correct horse battery", "tidal-barrier-4.1m", "Ünïcödé pässwörd"])("accepts %j", (password) => {
    expect(passwordProblem(password, { email: "priya@example.com", name: "Priya Nair" })).toBeNull();
  });
});
