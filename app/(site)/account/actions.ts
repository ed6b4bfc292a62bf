"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/auth";
import { setUserName } from "@/db/queries/users/accounts";
import { changePassword, confirmEmailChange, requestEmailChange } from "@/lib/auth/account-settings";
import { getCurrentUser } from "@/lib/dal";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { currentPasswordField, displayNameField, emailField } from "@/lib/validation/auth";
import { MAX_PASSWORD_LENGTH } from "@/lib/validation/password";
import { getDb } from "@/lib/db";

const SIGNED_OUT = "Your session has ended. Sign in again to change your account.";
const WRONG_PASSWORD = "That isn’t your current password.";
const TOO_MANY = "Too many attempts. Wait 15 minutes and try again.";

export async function updateName(_previous: FormState<"name">, formData: FormData): Promise<FormState<"name">> {
  const values = echoValues(formData, ["name"] as const);
  const user = await getCurrentUser();
  if (!user) return { formError: SIGNED_OUT, values };
  const parsed = z.object({ name: displayNameField }).safeParse({ name: formData.get("name") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<"name">(parsed.error), values, submission: Date.now() };
  await setUserName(getDb(), { id: user.id, name: parsed.data.name });
  return { ok: true, values: { name: parsed.data.name }, submission: Date.now() };
}

type EmailField = "email" | "password";

export async function changeEmail(_previous: FormState<EmailField>, formData: FormData): Promise<FormState<EmailField>> {
  const values = echoValues(formData, ["email"] as const);
  const submission = Date.now();
  const user = await getCurrentUser();
  if (!user) return { formError: SIGNED_OUT, values };
  const parsed = z
    .object({ email: emailField, password: currentPasswordField })
    .safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<EmailField>(parsed.error), values, submission };
  const result = await requestEmailChange({ userId: user.id, newEmail: parsed.data.email, password: parsed.data.password });
  switch (result.status) {
    case "sent":
      return { ok: true, values: { email: parsed.data.email }, submission };
    case "same_email":
      return { fieldErrors: { email: "That is already your email address." }, values, submission };
    case "wrong_password":
      return { fieldErrors: { password: WRONG_PASSWORD }, values, submission };
    case "rate_limited":
      return { formError: TOO_MANY, values, submission };
  }
}

type PasswordField = "currentPassword" | "password" | "confirmPassword";

export async function updatePassword(
  _previous: FormState<PasswordField>,
  formData: FormData,
): Promise<FormState<PasswordField>> {
  const submission = Date.now();
  const user = await getCurrentUser();
  if (!user) return { formError: SIGNED_OUT };
  const parsed = z
    .object({
      currentPassword: currentPasswordField,
      password: z.string().min(1, "Choose a new password.").max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
      confirmPassword: z.string().min(1, "Type the new password again.").max(MAX_PASSWORD_LENGTH, "The two passwords don’t match."),
    })
    .refine((data) => data.password === data.confirmPassword, {
      path: ["confirmPassword"],
      message: "The two passwords don’t match.",
    })
    .safeParse(Object.fromEntries(["currentPassword", "password", "confirmPassword"].map((key) => [key, formData.get(key)])));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<PasswordField>(parsed.error), submission };

  const result = await changePassword({
    userId: user.id,
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.password,
  });
  if (result.status === "wrong_password") return { fieldErrors: { currentPassword: WRONG_PASSWORD }, submission };
  if (result.status === "rate_limited") return { formError: TOO_MANY, submission };
  if (result.status === "weak_password") return { fieldErrors: { password: result.message }, submission };
  // Every session was signed out by the change; this one signs straight back in.
  await signIn("credentials", {
    email: user.email,
    password: parsed.data.password,
    redirectTo: "/account?notice=password-changed",
  });
  return { ok: true };
}

export async function confirmNewEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await confirmEmailChange({ token: formData.get("token") });
  if (result.status === "invalid_link") return { formError: "This link has expired or was already used." };
  if (result.status === "in_use") return { formError: "That address now belongs to another account. Nothing changed." };
  redirect("/account?notice=email-changed");
}
