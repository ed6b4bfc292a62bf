import { anySubmission } from "@/lib/testing/matchers";
import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { authTokens, users } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { forgotPassword } from "./forgot-password/actions";
import { chooseNewPassword } from "./reset-password/actions";
import { signInWithPassword } from "./sign-in/actions";
import { confirmAccount } from "./sign-up/confirm/actions";
import { signUp } from "./sign-up/actions";
import { signInWithProvider } from "./sign-in/actions";
import { signIn } from "@/auth";

// The account forms work for anyone, signed in or not; what matters is that bad
// input is explained field by field, kept (passwords aside) and stores nothing.

const rows = async () => ({
  users: Number((await getDb().select({ n: count() }).from(users))[0]?.n),
  tokens: Number((await getDb().select({ n: count() }).from(authTokens))[0]?.n),
});

const MEGABYTE = "x".repeat(1_000_000);

describe("public account actions", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    signInAs(null);
  });

  it.each([
    ["empty fields", { name: "", email: "" }, ["name", "email"]],
    ["1 MB strings", { name: MEGABYTE, email: MEGABYTE }, ["name", "email"]],
    ["null bytes", { name: "Dev\u0000Patel", email: "dev\u0000@example.com" }, ["name", "email"]],
    ["an invalid email", { name: "Dev", email: "dev@" }, ["email"]],
    ["a right-to-left override posing as another name", { name: "\u202enimda", email: "dev@example.com" }, ["name"]],
    ["a name of zero-width spaces only", { name: "\u200b\u200b", email: "dev@example.com" }, ["name"]],
    ["a full-width at sign", { name: "Dev", email: "dev\uff20example.com" }, ["email"]],
    ["an IP-literal address", { name: "Dev", email: "dev@[127.0.0.1]" }, ["email"]],
  ])("sign-up with %s explains each field and stores nothing", async (_label, fields, failing) => {
    const state = await signUp({}, form(fields));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([...failing].sort());
    for (const message of Object.values(state.fieldErrors ?? {})) expect(message).toMatch(/^[A-Z].{5,}\.$/);
    expect(state.values?.name).toBe(fields.name.slice(0, 70_000));
    expect(await rows()).toEqual({ users: 0, tokens: 0 });
  });

  it.each([
    ["empty fields", { name: "", password: "", confirmPassword: "" }, { name: /name/, password: /Choose a password/, confirmPassword: /again/ }],
    ["a 1 MiB password", { name: "Dev", password: MEGABYTE, confirmPassword: MEGABYTE }, { password: /at most 200 characters/ }],
    ["mismatched passwords", { name: "Dev", password: "night bus n1 please", confirmPassword: "night bus n2 please" }, { confirmPassword: /don’t match/ }],
  ])("finishing a sign-up with %s explains each field and keeps no password", async (_label, fields, expected) => {
    const state = await confirmAccount({}, form({ token: "A".repeat(43), ...fields }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(Object.keys(expected).sort());
    for (const [field, message] of Object.entries(expected)) expect(state.fieldErrors?.[field as "name"]).toMatch(message);
    expect(JSON.stringify(state)).not.toContain("night bus");
    expect(await rows()).toEqual({ users: 0, tokens: 0 });
  });

  it("sign-in with bad input explains it without trying to sign in", async () => {
    const state = await signInWithPassword({}, form({ email: "nope", password: "" }));
    expect(state.fieldErrors).toEqual({ email: "Enter an email address like name@example.com.", password: "Enter your password." });
    expect(state.values).toEqual({ email: "nope" });
  });

  it("forgot-password answers a bad address beside the field and a good one the same whether or not it exists", async () => {
    expect((await forgotPassword({}, form({ email: "x".repeat(200) }))).fieldErrors?.email).toMatch(/at most 100/);
    expect(await forgotPassword({}, form({ email: "nobody@example.com" }))).toEqual({ ok: true, values: { email: "nobody@example.com" }, submission: anySubmission });
    expect(await rows()).toEqual({ users: 0, tokens: 0 });
  });

  it("outside sign-in does nothing for a provider the environment didn't switch on", async () => {
    for (const provider of ["github", "google", "credentials", "<script>", ""]) {
      await signInWithProvider(form({ provider, callbackUrl: "/" }));
    }
    expect(signIn).not.toHaveBeenCalled();
  });

  it("reset and confirmation refuse forged tokens and change nothing", async () => {
    const reset = await chooseNewPassword({}, form({ token: "A".repeat(43), password: "a new passphrase", confirmPassword: "a new passphrase" }));
    expect(reset.formError).toMatch(/expired or was already used/);
    const confirmed = await confirmAccount({}, form({ token: "<script>", name: "Dev", password: "a new passphrase", confirmPassword: "a new passphrase" }));
    expect(confirmed.formError).toMatch(/expired or was already used/);
    expect(await rows()).toEqual({ users: 0, tokens: 0 });
  });
});
