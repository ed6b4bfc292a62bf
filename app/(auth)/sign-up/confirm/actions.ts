"use server";

import { redirect } from "next/navigation";
import { confirmSignUp } from "@/lib/auth/sign-up";
import type { FormState } from "@/lib/forms/form-state";

export async function confirmAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await confirmSignUp({ token: formData.get("token") });
  if (result.status === "invalid_link") {
    return { formError: "This link has expired or was already used. Sign up again to get a new one." };
  }
  const params = new URLSearchParams({ notice: "account-created", email: result.email });
  redirect(`/sign-in?${params.toString()}`);
}
