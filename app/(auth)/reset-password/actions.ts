"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/password-reset";
import { fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/request";
import { resetPasswordSchema } from "@/lib/validation/auth";

type Field = "password" | "confirmPassword";

export async function chooseNewPassword(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  const submission = Date.now();
  const parsed = resetPasswordSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<Field>(parsed.error), submission };

  const result = await resetPassword({ token: parsed.data.token, password: parsed.data.password, ip: await getClientIp() });
  if (result.status === "rate_limited") return { formError: "Too many attempts from your network. Try again in an hour.", submission };
  if (result.status === "invalid_link") {
    return { formError: "This link has expired or was already used. Ask for a new one.", submission };
  }
  if (result.status === "weak_password") return { fieldErrors: { password: result.message }, submission };
  redirect("/sign-in?notice=password-changed");
}
