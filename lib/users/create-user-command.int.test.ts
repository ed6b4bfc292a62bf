import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createUserCommand } from "./create-user-command";

function run(argv: string[], password = "a strong admin passphrase") {
  const output: string[] = [];
  return createUserCommand({ argv, readPassword: () => Promise.resolve(password), out: (line) => output.push(line) }).then(
    (code) => ({ code, output: output.join("\n") }),
  );
}

describe("npm run user:create", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("creates an account with the given role that can sign in", async () => {
    const { code, output } = await run(["--email", "chief@example.com", "--role", "admin", "--name", "Chief Editor"]);
    expect(code).toBe(0);
    expect(output).toBe("Created admin account for chief@example.com.");
    const [user] = await getDb().select().from(users);
    expect(user).toMatchObject({ email: "chief@example.com", name: "Chief Editor", role: "admin" });
    expect(await verifyCredentials({ email: "chief@example.com", password: "a strong admin passphrase" })).not.toBeNull();
  });

  it.each([
    [["--role", "admin"], /Enter your email address/],
    [["--email", "x@example.com", "--role", "emperor"], /--role must be one of/],
    [["--email", "not-an-email", "--role", "admin"], /Enter an email address like/],
    [["--email", "x@example.com", "--role", "admin", "--bogus"], /Unknown option/],
  ])("refuses %j with a usage message", async (argv, message) => {
    const { code, output } = await run(argv);
    expect(code).toBe(2);
    expect(output).toMatch(message);
    expect(await getDb().select().from(users)).toEqual([]);
  });

  it("refuses a weak password and an existing email, creating nothing", async () => {
    expect((await run(["--email", "x@example.com", "--role", "admin"], "password1")).code).toBe(1);
    expect(await getDb().select().from(users)).toEqual([]);
    await run(["--email", "x@example.com", "--role", "admin"]);
    const again = await run(["--email", "X@example.com", "--role", "editor"]);
    expect(again).toEqual({ code: 1, output: "An account with the email X@example.com already exists." });
  });
});
