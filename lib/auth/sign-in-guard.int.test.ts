import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { hashPassword } from "./passwords";
import { forgetSignInFailures, SIGN_IN_LIMITS, signInWithLimits } from "./sign-in-guard";

const good = { email: "ed@example.com", password: "correct horse battery" };
const bad = { email: "ed@example.com", password: "wrong" };
const checked = (results: { status: string }[]) => results.filter((result) => result.status !== "rate_limited").length;

describe("sign-in limits", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    await getDb()
      .insert(users)
      .values({ email: good.email, name: "Ed", passwordHash: await hashPassword(good.password) });
  });

  it("blocks an address after repeated wrong passwords for an account, even with the right one", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress; i++) {
      expect((await signInWithLimits(bad, "192.0.2.1")).status).toBe("invalid");
    }
    const result = await signInWithLimits(good, "192.0.2.1");
    expect(result.status).toBe("rate_limited");
    if (result.status === "rate_limited") expect(result.retryAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("does not let a stranger's wrong guesses lock the owner out", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress + 3; i++) await signInWithLimits(bad, "203.0.113.66");
    expect((await signInWithLimits(good, "198.51.100.1")).status).toBe("ok");
  });

  it("stops guessing spread over many addresses at the account-wide ceiling; a password reset lifts it", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) await signInWithLimits(bad, `10.${i >> 8}.${i & 255}.1`);
    expect((await signInWithLimits(good, "198.51.100.1")).status).toBe("rate_limited");
    await forgetSignInFailures(good.email);
    expect((await signInWithLimits(good, "198.51.100.1")).status).toBe("ok");
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      await signInWithLimits({ email: `guess${i}@example.com`, password: "x" }, "203.0.113.5");
    }
    expect((await signInWithLimits(good, "203.0.113.5")).status).toBe("rate_limited");
    expect((await signInWithLimits(good, "203.0.113.6")).status).toBe("ok");
  });

  it("counts an IPv6 client by its /64, so rotating addresses inside it gains nothing", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress; i++) await signInWithLimits(bad, `2001:db8:5:6::${i + 1}`);
    expect((await signInWithLimits(good, "2001:db8:5:6:ffff::1")).status).toBe("rate_limited");
    expect((await signInWithLimits(good, "2001:db8:5:7::1")).status).toBe("ok");
  });

  it("forgets earlier failures from that address after a successful sign-in", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress - 1; i++) await signInWithLimits(bad, "192.0.2.1");
    expect((await signInWithLimits(good, "192.0.2.1")).status).toBe("ok");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress - 1; i++) {
      expect((await signInWithLimits(bad, "192.0.2.1")).status).toBe("invalid");
    }
  });

  it("checks at most the allowed number of passwords when 40 attempts on one account arrive at once", async () => {
    const attempts = Array.from({ length: 40 }, (_, i) => (i === 39 ? good : bad));
    const results = await Promise.all(attempts.map((attempt) => signInWithLimits(attempt, "192.0.2.200")));
    expect(checked(results)).toBe(SIGN_IN_LIMITS.perAccountAndAddress);
  });

  it("checks at most the allowed number of passwords when 60 attempts from one address arrive at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signInWithLimits({ email: `someone${i}@example.com`, password: "guess" }, "192.0.2.201")),
    );
    expect(checked(results)).toBe(SIGN_IN_LIMITS.perIp);
  });
});
