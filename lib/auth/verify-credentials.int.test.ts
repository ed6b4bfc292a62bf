import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getActiveUserById } from "@/db/queries/users/accounts";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { hashPassword } from "./passwords";
import { verifyCredentials } from "./verify-credentials";

describe("verifyCredentials", () => {
  let activeId: string;
  let disabledId: string;

  beforeAll(async () => {
    const db = getDb();
    await truncateAll(db);
    const passwordHash = await hashPassword("correct horse battery");
    const rows = await db
      .insert(users)
      .values([
        { email: "Editor@Example.com", name: "Ed", role: "editor", passwordHash },
        { email: "gone@example.com", name: "Gone", role: "admin", passwordHash, disabledAt: new Date() },
        { email: "oauth-only@example.com", name: "OAuth", role: "reader", passwordHash: null },
      ])
      .returning({ id: users.id });
    activeId = rows[0]!.id;
    disabledId = rows[1]!.id;
  });

  it("accepts the right password, with the email in any case", async () => {
    expect(await verifyCredentials({ email: "editor@example.COM", password: "correct horse battery" })).toEqual({
      id: activeId,
      name: "Ed",
      email: "Editor@Example.com",
    });
  });

  it.each([
    ["a wrong password", { email: "editor@example.com", password: "wrong" }],
    ["an unknown email", { email: "nobody@example.com", password: "correct horse battery" }],
    ["a disabled account", { email: "gone@example.com", password: "correct horse battery" }],
    ["an account without a password", { email: "oauth-only@example.com", password: "" }],
    ["a malformed email", { email: "not-an-email", password: "correct horse battery" }],
    ["missing fields", {}],
    ["a 1 MB password", { email: "editor@example.com", password: "x".repeat(1_000_000) }],
    ["a null byte", { email: "editor@example.com\u0000", password: "correct horse battery" }],
  ])("refuses %s", async (_label, input) => {
    expect(await verifyCredentials(input)).toBeNull();
  });

  it("re-reads the account: a disabled or demoted user is seen as such at once", async () => {
    expect(await getActiveUserById(getDb(), { id: disabledId })).toBeNull();
    expect((await getActiveUserById(getDb(), { id: activeId }))?.role).toBe("editor");
    await getDb().update(users).set({ role: "reader" }).where(eq(users.id, activeId));
    expect((await getActiveUserById(getDb(), { id: activeId }))?.role).toBe("reader");
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, activeId));
    expect(await getActiveUserById(getDb(), { id: activeId })).toBeNull();
    expect(await getActiveUserById(getDb(), { id: "not-a-uuid" })).toBeNull();
  });
});
