import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { hashPassword } from "./passwords";
import { SIGN_IN_LIMITS, signInWithLimits } from "./sign-in-guard";

const good = { email: "ed@example.com", password: "correct horse battery" };
const bad = { email: "ed@example.com", password: "wrong" };

describe("sign-in limits", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    await getDb()
      .insert(users)
      .values({ email: good.email, name: "Ed", passwordHash: await hashPassword(good.password) });
  });

  it("blocks an account after repeated wrong passwords, even with the right one, from any address", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect((await signInWithLimits(bad, `192.0.2.${i}`)).status).toBe("invalid");
    }
    const result = await signInWithLimits(good, "198.51.100.1");
    expect(result.status).toBe("rate_limited");
    if (result.status === "rate_limited") expect(result.retryAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      await signInWithLimits({ email: `guess${i}@example.com`, password: "x" }, "203.0.113.5");
    }
    expect((await signInWithLimits(good, "203.0.113.5")).status).toBe("rate_limited");
    expect((await signInWithLimits(good, "203.0.113.6")).status).toBe("ok");
  });

  it("forgets earlier failures for the account after a successful sign-in", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) await signInWithLimits(bad, "192.0.2.1");
    expect((await signInWithLimits(good, "192.0.2.1")).status).toBe("ok");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) {
      expect((await signInWithLimits(bad, "192.0.2.1")).status).toBe("invalid");
    }
  });
});
