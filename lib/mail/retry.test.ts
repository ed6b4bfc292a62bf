import { describe, expect, it } from "vitest";
import { isPermanentSmtpFailure, MAX_MAIL_ATTEMPTS, nextMailAttempt } from "./retry";

describe("mail retry backoff", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  const wait = (attempts: number) => (nextMailAttempt(attempts, now)?.getTime() ?? NaN) - now.getTime();

  it("waits 30 s after the first failure, doubling after each, never more than an hour", () => {
    expect([1, 2, 3, 4].map(wait)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(wait(MAX_MAIL_ATTEMPTS - 1)).toBeLessThanOrEqual(3_600_000);
  });

  it("gives up after the last attempt", () => {
    expect(nextMailAttempt(MAX_MAIL_ATTEMPTS, now)).toBeNull();
    expect(nextMailAttempt(MAX_MAIL_ATTEMPTS + 3, now)).toBeNull();
  });

  it("gives up at once on a 5xx answer, never on a 4xx or a connection error", () => {
    expect(isPermanentSmtpFailure(Object.assign(new Error("550 No such user"), { responseCode: 550 }))).toBe(true);
    expect(isPermanentSmtpFailure(Object.assign(new Error("451 Try later"), { responseCode: 451 }))).toBe(false);
    expect(isPermanentSmtpFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(false);
    expect(isPermanentSmtpFailure("550")).toBe(false);
    expect(isPermanentSmtpFailure(null)).toBe(false);
  });
});
