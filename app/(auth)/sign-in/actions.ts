"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { getEnv } from "@/lib/env";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues, formFields } from "@/lib/forms/action-state";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { signInSchema } from "@/lib/validation/auth";

type Field = "email" | "password";

/** Anyone may try; the limits and the check live in Auth.js's authorize() (lib/auth/sign-in-guard.ts). */
export const signInWithPassword = defineAction({
  label: "sign-in",
  gate: anyone,
  read: (_previous: ActionState<Field>, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["email"] as const),
  schema: signInSchema,
  fields: ["email", "password"],
  async run(input): Promise<ActionState<Field>> {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeRedirectPath(input.callbackUrl) });
      return { ok: true };
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === "rate_limited") {
        return { formError: "Too many failed attempts. Wait 15 minutes and try again, or reset your password." };
      }
      // One message for unknown email, wrong password and disabled account alike.
      if (error instanceof AuthError) return { formError: "That email and password don’t match an account." };
      throw error; // the redirect that completes a successful sign-in
    }
  },
});

const chooseProvider = defineAction({
  label: "sign-in with a provider",
  gate: anyone,
  read: (formData: FormData) => ({ provider: formData.get("provider"), callbackUrl: formData.get("callbackUrl") }),
  schema: z.object({ provider: z.enum(["github", "google"]), callbackUrl: z.string().max(2000).nullable().catch(null) }),
  async run(input): Promise<ActionState> {
    if (!enabledOAuthProviders(getEnv()).some((provider) => provider.id === input.provider)) return { formError: "That way of signing in isn’t available." };
    await signIn(input.provider, { redirectTo: safeRedirectPath(input.callbackUrl) });
    return { ok: true };
  },
});

/** Only a provider the environment switched on; anything else does nothing. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  await chooseProvider(formData);
}
