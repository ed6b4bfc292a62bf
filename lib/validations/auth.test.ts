import { describe, expect, it } from "vitest";
import { resetPasswordSchema, signUpSchema } from "./auth";

const valid = { name: "Priya Nair", email: "priya@example.com", password: "tidal barrier 41", confirmPassword: "tidal barrier 41" };

function errorsOf(result: ReturnType<typeof signUpSchema.safeParse>): Record<string, string> {
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("signUpSchema", () => {
  it("accepts a complete form and trims the name and email", () => {
    const result = signUpSchema.safeParse({ ...valid, name: "  Priya Nair ", email: " priya@example.com " });
    expect(result.success && result.data).toMatchObject({ name: "Priya Nair", email: "priya@example.com" });
  });

  it.each([
    [{ name: "" }, "name", "Enter your name."],
    [{ name: "x".repeat(246) }, "name", "A name can be at most 245 characters."],
    [{ name: "Priya\u0000Nair" }, "name", "Remove the control characters (such as line breaks or escape codes) from this field."],
    [{ email: "not-an-email" }, "email", "Enter an email address like name@example.com."],
    [{ email: `${"a".repeat(95)}@x.com` }, "email", "An email address can be at most 100 characters."],
    [{ password: "short", confirmPassword: "short" }, "password", "Use at least 10 characters."],
    [{ confirmPassword: "something else" }, "confirmPassword", "The two passwords don’t match."],
    [{ password: "priya-2026-rocks", confirmPassword: "priya-2026-rocks" }, "password", "Don’t build the password from your email address."],
  ])("explains %j beside the %s field", (change, field, message) => {
    expect(errorsOf(signUpSchema.safeParse({ ...valid, ...change }))[field]).toBe(message);
  });

  it("refuses a 1 MB field without choking", () => {
    const errors = errorsOf(signUpSchema.safeParse({ ...valid, name: "x".repeat(1_000_000), password: "y".repeat(1_000_000) }));
    expect(errors.name).toBeDefined();
    expect(errors.password).toBeDefined();
  });
});

describe("resetPasswordSchema", () => {
  it("checks strength, then that both passwords match", () => {
    expect(resetPasswordSchema.safeParse({ token: "t", password: "password1", confirmPassword: "password1" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ token: "t", password: "a fine new password", confirmPassword: "a fine new password" }).success).toBe(true);
  });
});
