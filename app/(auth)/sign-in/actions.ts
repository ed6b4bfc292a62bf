"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { getEnv } from "@/lib/env";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { signInSchema } from "@/lib/validation/auth";

type Field = "email" | "password";

export async function signInWithPassword(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  const values = echoValues(formData, ["email"] as const);
  const submission = Date.now();
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) {
    return { fieldErrors: fieldErrorsOf<Field>(parsed.error), values, submission };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(parsed.data.callbackUrl),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return {
        formError: "Too many failed attempts. Wait 15 minutes and try again, or reset your password.",
        values,
        submission,
      };
    }
    if (error instanceof AuthError) {
      // One message for unknown email, wrong password and disabled account alike.
      return { formError: "That email and password don’t match an account.", values, submission };
    }
    throw error; // the redirect that completes a successful sign-in
  }
}

/** Only a provider the environment switched on; anything else does nothing. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  const enabled = enabledOAuthProviders(getEnv()).map((provider) => provider.id);
  const parsed = z
    .object({ provider: z.enum(["github", "google"]).refine((id) => enabled.includes(id)), callbackUrl: z.string().max(2000).nullable() })
    .safeParse({ provider: formData.get("provider"), callbackUrl: formData.get("callbackUrl") });
  if (!parsed.success) return;
  await signIn(parsed.data.provider, { redirectTo: safeRedirectPath(parsed.data.callbackUrl) });
}
