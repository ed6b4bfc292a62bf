import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { hashPassword } from "@/lib/auth/passwords";
import { changeEmail, confirmNewEmail, updateName, updatePassword } from "./actions";

const snapshot = () =>
  getDb().select({ name: users.name, email: users.email, hash: users.passwordHash }).from(users).orderBy(asc(users.email));

describe("account actions", () => {
  let active: string;
  let disabled: string;

  beforeEach(async () => {
    await truncateAll(getDb());
    const passwordHash = await hashPassword("current passphrase");
    const rows = await getDb()
      .insert(users)
      .values([
        { email: "priya@example.com", name: "Priya", passwordHash },
        { email: "gone@example.com", name: "Gone", passwordHash, disabledAt: new Date() },
      ])
      .returning({ id: users.id });
    [active, disabled] = rows.map((row) => row.id) as [string, string];
  });

  it.each([
    ["anonymous", () => null],
    ["a disabled account", () => disabled],
  ])("refuses %s and changes nothing", async (_who, who) => {
    signInAs(who());
    const before = await snapshot();
    const signedOut = /session has ended/;
    expect((await updateName({}, form({ name: "Hacked" }))).formError).toMatch(signedOut);
    expect((await changeEmail({}, form({ email: "x@example.com", password: "current passphrase" }))).formError).toMatch(signedOut);
    expect(
      (await updatePassword({}, form({ currentPassword: "current passphrase", password: "new passphrase!", confirmPassword: "new passphrase!" })))
        .formError,
    ).toMatch(signedOut);
    expect(await snapshot()).toEqual(before);
  });

  it("renames the signed-in user and keeps bad input with a message", async () => {
    signInAs(active);
    expect(await updateName({}, form({ name: "  Priya Nair " }))).toMatchObject({ ok: true, values: { name: "Priya Nair" } });
    const bad = await updateName({}, form({ name: "x".repeat(300) }));
    expect(bad.fieldErrors?.name).toBe("A name can be at most 245 characters.");
    expect(bad.values?.name).toHaveLength(300);
    expect((await snapshot()).find((row) => row.email === "priya@example.com")?.name).toBe("Priya Nair");
  });

  it("refuses a forged or malformed email-change link, signed in or not", async () => {
    const before = await snapshot();
    for (const who of [null, active, disabled]) {
      signInAs(who);
      for (const token of ["A".repeat(43), "not a token", ""]) {
        expect((await confirmNewEmail({}, form({ token }))).formError).toBe("This link has expired or was already used.");
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("never echoes passwords back", async () => {
    signInAs(active);
    const state = await updatePassword({}, form({ currentPassword: "wrong", password: "new passphrase!", confirmPassword: "new passphrase!" }));
    expect(state.fieldErrors?.currentPassword).toBe("That isn’t your current password.");
    expect(JSON.stringify(state)).not.toContain("passphrase");
    const emailState = await changeEmail({}, form({ email: "new@example.com", password: "wrong password" }));
    expect(JSON.stringify(emailState)).not.toContain("wrong password");
  });
});
