import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/db";
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
    ["empty fields", { name: "", email: "", password: "", confirmPassword: "" }, ["name", "email", "password", "confirmPassword"]],
    ["1 MB strings", { name: MEGABYTE, email: MEGABYTE, password: MEGABYTE, confirmPassword: MEGABYTE }, ["name", "email", "password"]],
    ["null bytes", { name: "Dev\u0000Patel", email: "dev\u0000@example.com", password: "night bus n1 please", confirmPassword: "night bus n1 please" }, ["name", "email"]],
    ["an invalid email", { name: "Dev", email: "dev@", password: "night bus n1 please", confirmPassword: "night bus n1 please" }, ["email"]],
    ["mismatched passwords", { name: "Dev", email: "dev@example.com", password: "night bus n1 please", confirmPassword: "night bus n2 please" }, ["confirmPassword"]],
  ])("sign-up with %s explains each field and stores nothing", async (_label, fields, failing) => {
    const state = await signUp({}, form(fields));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([...failing].sort());
    for (const message of Object.values(state.fieldErrors ?? {})) expect(message).toMatch(/^[A-Z].{5,}\.$/);
    expect(state.values?.name).toBe(fields.name.slice(0, 70_000));
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
    expect(await forgotPassword({}, form({ email: "nobody@example.com" }))).toEqual({ ok: true, values: { email: "nobody@example.com" } });
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
    expect((await confirmAccount({}, form({ token: "<script>" }))).formError).toMatch(/expired or was already used/);
    expect(await rows()).toEqual({ users: 0, tokens: 0 });
  });
});
