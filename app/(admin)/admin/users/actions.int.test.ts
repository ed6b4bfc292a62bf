import { anySubmission } from "@/lib/testing/matchers";
import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { changeUserRole, setUserAccess } from "./actions";


async function snapshot() {
  return getDb()
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt, revoked: users.sessionsRevokedAt })
    .from(users)
    .orderBy(asc(users.email));
}

describe("Admin → Users actions", () => {
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    await truncateAll(getDb());
    const rows = await getDb()
      .insert(users)
      .values([
        { email: "admin@example.com", name: "Ada", role: "admin" },
        { email: "admin2@example.com", name: "Bea", role: "admin" },
        { email: "author@example.com", name: "Tom", role: "author" },
        { email: "editor@example.com", name: "Marta", role: "editor" },
        { email: "moderator@example.com", name: "Sam", role: "moderator" },
        { email: "reader@example.com", name: "Priya", role: "reader" },
        { email: "gone@example.com", name: "Gone", role: "admin", disabledAt: new Date() },
        { email: "target@example.com", name: "Target", role: "reader" },
      ])
      .returning({ id: users.id, email: users.email });
    for (const row of rows) ids[row.email.split("@")[0]!] = row.id;
    signInAs(null);
  });

  it.each([
    ["anonymous", null],
    ["a reader", "reader"],
    ["an author", "author"],
    ["an editor", "editor"],
    ["a moderator", "moderator"],
    ["a disabled admin", "gone"],
  ])("refuses %s and changes nothing", async (_who, key) => {
    signInAs(key ? ids[key]! : null);
    const before = await snapshot();
    expect(await changeUserRole({}, form({ userId: ids.target!, role: "admin" }))).toEqual({
      ok: false,
      formError: "You don’t have permission to manage accounts.",
      submission: anySubmission,
    });
    expect(await setUserAccess({}, form({ userId: ids.admin!, disabled: "true" }))).toEqual({
      ok: false,
      formError: "You don’t have permission to manage accounts.",
      submission: anySubmission,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an admin whose sessions were revoked after signing in", async () => {
    signInAs(ids.admin!, new Date(Date.now() - 60_000));
    await getDb().update(users).set({ sessionsRevokedAt: new Date() }).where(eq(users.id, ids.admin!));
    const before = await snapshot();
    expect((await changeUserRole({}, form({ userId: ids.target!, role: "editor" }))).formError).toMatch(/permission/);
    expect(await snapshot()).toEqual(before);
  });

  it("lets an admin change a role, and disable and re-enable an account, ending its sessions", async () => {
    signInAs(ids.admin!);
    expect((await changeUserRole({}, form({ userId: ids.target!, role: "editor" }))).ok).toBe(true);
    expect((await setUserAccess({}, form({ userId: ids.target!, disabled: "true" }))).ok).toBe(true);
    let [target] = await getDb().select().from(users).where(eq(users.id, ids.target!));
    expect(target).toMatchObject({ role: "editor" });
    expect(target?.disabledAt).toBeInstanceOf(Date);
    expect(target?.sessionsRevokedAt).toBeInstanceOf(Date);
    expect((await setUserAccess({}, form({ userId: ids.target!, disabled: "false" }))).ok).toBe(true);
    [target] = await getDb().select().from(users).where(eq(users.id, ids.target!));
    expect(target?.disabledAt).toBeNull();
  });

  it("refuses changing your own role, disabling yourself and removing the last admin", async () => {
    signInAs(ids.admin!);
    const before = await snapshot();
    expect((await changeUserRole({}, form({ userId: ids.admin!, role: "reader" }))).formError).toBe("You can’t change your own role.");
    expect((await setUserAccess({}, form({ userId: ids.admin!, disabled: "true" }))).formError).toBe("You can’t disable your own account.");
    expect(await snapshot()).toEqual(before);

    expect((await changeUserRole({}, form({ userId: ids.admin2!, role: "editor" }))).ok).toBe(true);
    // Ada is now the only active admin; Bea (an editor now) can't act, and nobody can remove Ada.
    signInAs(ids.admin2!);
    expect((await setUserAccess({}, form({ userId: ids.admin!, disabled: "true" }))).formError).toMatch(/permission/);
  });

  it("keeps one admin when two admins demote each other at the same moment", async () => {
    const results = await Promise.all([
      (signInAs(ids.admin!), changeUserRole({}, form({ userId: ids.admin2!, role: "reader" }))),
      (signInAs(ids.admin2!), changeUserRole({}, form({ userId: ids.admin!, role: "reader" }))),
    ]);
    const roles = (await snapshot()).filter((row) => row.id === ids.admin || row.id === ids.admin2).map((row) => row.role);
    expect(roles.sort()).toEqual(["admin", "reader"]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)?.formError).toMatch(/permission|last active admin/);
  });

  it("explains bad input and changes nothing", async () => {
    signInAs(ids.admin!);
    const before = await snapshot();
    expect((await changeUserRole({}, form({ userId: "not-a-uuid", role: "editor" }))).formError).toBe("Unknown account.");
    expect((await changeUserRole({}, form({ userId: ids.target!, role: "emperor" }))).formError).toBe("Choose one of the roles.");
    expect((await changeUserRole({}, form({ userId: "00000000-0000-4000-8000-000000000000", role: "editor" }))).formError).toBe(
      "That account no longer exists.",
    );
    expect((await setUserAccess({}, form({ userId: ids.target!, disabled: "maybe" }))).formError).toBe("Unknown change.");
    expect(await snapshot()).toEqual(before);
  });
});
