import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { oauthAccounts, users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { resolveOAuthUser } from "./oauth";

const github = { provider: "github", providerAccountId: "12345", verifiedEmail: "lena@example.com", name: "Lena Fischer" };

describe("resolveOAuthUser", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("creates a reader account on first sign-in and reuses it after", async () => {
    const first = await resolveOAuthUser(github);
    expect(first.status).toBe("ok");
    const [user] = await getDb().select().from(users);
    expect(user).toMatchObject({ email: "lena@example.com", name: "Lena Fischer", role: "reader", passwordHash: null });
    expect(await resolveOAuthUser({ ...github, verifiedEmail: "changed@example.com" })).toEqual(first);
    expect(await getDb().select().from(users)).toHaveLength(1);
  });

  it("never takes over an existing account with the same email", async () => {
    await getDb().insert(users).values({ email: "Lena@example.com", name: "Lena", role: "admin", passwordHash: "x" });
    expect(await resolveOAuthUser(github)).toEqual({ status: "email_in_use" });
    expect(await getDb().select().from(oauthAccounts)).toEqual([]);
  });

  it("refuses without a verified email, and for a disabled linked account", async () => {
    expect(await resolveOAuthUser({ ...github, verifiedEmail: null })).toEqual({ status: "no_verified_email" });
    const created = await resolveOAuthUser(github);
    if (created.status !== "ok") throw new Error("expected an account");
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, created.userId));
    expect(await resolveOAuthUser(github)).toEqual({ status: "disabled" });
  });

  it("makes one account when the same outside account signs in several times at once, and lets every one of them in", async () => {
    for (let round = 0; round < 5; round++) {
      await truncateAll(getDb());
      const results = await Promise.all(Array.from({ length: 6 }, () => resolveOAuthUser(github)));
      expect(results.map((result) => result.status)).toEqual(Array(6).fill("ok"));
      expect(await getDb().select().from(users)).toHaveLength(1);
    }
  });
});
