"use server";

import { redirect } from "next/navigation";
import { confirmSignUp } from "@/lib/auth/sign-up";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/request";
import { confirmSignUpSchema } from "@/lib/validation/auth";

type Field = "name" | "password" | "confirmPassword";

/** Finishes a sign-up from the emailed link: the password is chosen here, by whoever reads that mailbox. */
export async function confirmAccount(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  const values = echoValues(formData, ["name"] as const);
  const submission = Date.now();
  const parsed = confirmSignUpSchema.safeParse({
    token: formData.get("token"),
    name: formData.get("name"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<Field>(parsed.error), values, submission };
  const result = await confirmSignUp({ ...parsed.data, ip: await getClientIp() });
  switch (result.status) {
    case "invalid_link":
      return { formError: "This link has expired or was already used. Sign up again to get a new one.", values, submission };
    case "rate_limited":
      return { formError: "Too many attempts from your network. Try again in an hour.", values, submission };
    case "weak_password":
      return { fieldErrors: { password: result.message }, values, submission };
    case "created":
    case "exists": {
      const params = new URLSearchParams({ notice: "account-created", email: result.email });
      redirect(`/sign-in?${params.toString()}`);
    }
  }
}
