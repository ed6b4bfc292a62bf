"use server";

import { requestSignUp } from "@/lib/auth/sign-up";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/request";
import { signUpSchema } from "@/lib/validation/auth";

type Field = "name" | "email";

export async function signUp(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  const values = echoValues(formData, ["name", "email"] as const);
  const submission = Date.now();
  const parsed = signUpSchema.safeParse({ name: formData.get("name"), email: formData.get("email") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<Field>(parsed.error), values, submission };

  const outcome = await requestSignUp({ ...parsed.data, ip: await getClientIp() });
  if (outcome === "rate_limited") {
    return { formError: "Too many sign-ups from your network in the last hour. Try again later.", values, submission };
  }
  return { ok: true, values: { email: parsed.data.email }, submission };
}
