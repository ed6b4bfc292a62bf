import { describe, expect, it } from "vitest";
import { confirmSignUpSchema, resetPasswordSchema, signUpSchema } from "./auth";

const valid = { name: "Priya Nair", email: "priya@example.com" };
const chosen = { token: "t", name: "Priya Nair", password: "tidal barrier 41", confirmPassword: "tidal barrier 41" };

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  if (result.success || !result.error) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("signUpSchema: the form asks for a name and an address only", () => {
  it("accepts a complete form and trims the name and email", () => {
    const result = signUpSchema.safeParse({ ...valid, name: "  Priya Nair ", email: " priya@example.com " });
    expect(result.success && result.data).toEqual({ name: "Priya Nair", email: "priya@example.com" });
  });

  it.each([
    [{ name: "" }, "name", "Enter your name."],
    [{ name: "x".repeat(246) }, "name", "A name can be at most 245 characters."],
    [{ name: "Priya\u0000Nair" }, "name", "Remove the control characters (such as line breaks or escape codes) from this field."],
    [{ email: "not-an-email" }, "email", "Enter an email address like name@example.com."],
    [{ email: `${"a".repeat(60)}@${"b".repeat(40)}.com` }, "email", "An email address can be at most 100 characters."],
  ])("explains %j beside the %s field", (change, field, message) => {
    expect(errorsOf(signUpSchema.safeParse({ ...valid, ...change }))[field]).toBe(message);
  });

  it("refuses a 1 MB field without choking", () => {
    const errors = errorsOf(signUpSchema.safeParse({ ...valid, name: "x".repeat(1_000_000), email: "y".repeat(1_000_000) }));
    expect(errors.name).toBe("A name can be at most 245 characters.");
    expect(errors.email).toBe("An email address can be at most 100 characters.");
  });
});

describe("confirmSignUpSchema: the emailed link's page chooses the password", () => {
  it.each([
    [{ password: "short", confirmPassword: "short" }, "password", "Use at least 10 characters."],
    [{ confirmPassword: "something else" }, "confirmPassword", "The two passwords don’t match."],
    [{ password: "priya nair rocks", confirmPassword: "priya nair rocks" }, "password", "Don’t build the password from your name."],
    [{ password: "y".repeat(1_000_000), confirmPassword: "y" }, "password", "Use at most 200 characters."],
  ])("explains %j beside the %s field", (change, field, message) => {
    expect(errorsOf(confirmSignUpSchema.safeParse({ ...chosen, ...change }))[field]).toBe(message);
  });
});

describe("resetPasswordSchema", () => {
  it("checks strength, then that both passwords match", () => {
    expect(resetPasswordSchema.safeParse({ token: "t", password: "password1", confirmPassword: "password1" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ token: "t", password: "a fine new password", confirmPassword: "a fine new password" }).success).toBe(true);
  });
});
