import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { GET } from "./route";

describe("GET /api/me", () => {
  let active: string;
  let disabled: string;

  beforeEach(async () => {
    await truncateAll(getDb());
    const rows = await getDb()
      .insert(users)
      .values([
        { email: "ed@example.com", name: "Ed", role: "editor" },
        { email: "gone@example.com", name: "Gone", role: "admin", disabledAt: new Date() },
      ])
      .returning({ id: users.id });
    [active, disabled] = rows.map((row) => row.id) as [string, string];
  });

  it("names the signed-in user and their current role, never cached", async () => {
    signInAs(active);
    const response = await GET();
    expect(await response.json()).toEqual({ user: { name: "Ed", role: "editor" } });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("treats anonymous visitors, disabled accounts and unknown ids as signed out", async () => {
    for (const id of [null, disabled, "00000000-0000-4000-8000-000000000000"]) {
      signInAs(id);
      expect(await (await GET()).json()).toEqual({ user: null });
    }
  });
});
