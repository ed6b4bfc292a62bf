"use server";

import { requestPasswordReset } from "@/lib/auth/password-reset";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/request";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export async function forgotPassword(_previous: FormState<"email">, formData: FormData): Promise<FormState<"email">> {
  const values = echoValues(formData, ["email"] as const);
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<"email">(parsed.error), values, submission: Date.now() };
  await requestPasswordReset({ email: parsed.data.email, ip: await getClientIp() });
  // The same answer whether or not the address has an account.
  return { ok: true, values: { email: parsed.data.email } };
}
