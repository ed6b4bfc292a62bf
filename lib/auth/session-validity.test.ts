import { describe, expect, it } from "vitest";
import { isSessionCurrent } from "./session-validity";

describe("isSessionCurrent", () => {
  const revoked = new Date("2026-11-27T12:00:00.500Z");
  const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

  it("keeps every session when nothing was revoked", () => {
    expect(isSessionCurrent(undefined, null)).toBe(true);
    expect(isSessionCurrent(1, null)).toBe(true);
  });

  it("voids sessions that signed in before the revocation", () => {
    expect(isSessionCurrent(seconds("2026-11-27T11:59:59Z"), revoked)).toBe(false);
    expect(isSessionCurrent(undefined, revoked)).toBe(false);
  });

  it("keeps sessions that signed in after it, including in the same second", () => {
    expect(isSessionCurrent(seconds("2026-11-27T12:00:00Z"), revoked)).toBe(true);
    expect(isSessionCurrent(seconds("2026-11-27T12:05:00Z"), revoked)).toBe(true);
  });
});
