import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { FormAlert } from "@/components/ui/form-alert";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { getCurrentUser } from "@/lib/dal";
import { getEnv } from "@/lib/env";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { signInWithProvider } from "./actions";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const NOTICES: Record<string, string> = {
  "password-changed": "Your password has been changed and every other session signed out. Sign in with the new password.",
  "account-created": "Your account is ready. Sign in to start commenting.",
  "signed-out-everywhere": "You are signed out on every device and browser.",
};

const ERRORS: Record<string, string> = {
  "oauth-email-in-use":
    "An account already uses that email address. Sign in with its password; you can’t take it over by signing in elsewhere.",
  "oauth-refused": "That account can’t sign in here.",
  "oauth-no-email": "That service didn’t give us a verified email address, so we can’t sign you in with it.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; notice?: string; email?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, notice, email, error } = await searchParams;
  const providers = enabledOAuthProviders(getEnv());
  const returnTo = safeRedirectPath(callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Sign in</h1>
      {message && (
        <div className="mb-4">
          <Notice>{message}</Notice>
        </div>
      )}
      {error && ERRORS[error] && (
        <div className="mb-4">
          <FormAlert message={ERRORS[error]} />
        </div>
      )}
      <SignInForm callbackUrl={returnTo} email={typeof email === "string" ? email.slice(0, 100) : undefined} />
      {providers.length > 0 && (
        <div className="mt-6 flex flex-col gap-2 border-t border-stone-300 pt-6 dark:border-stone-700">
          {providers.map((provider) => (
            <form key={provider.id} action={signInWithProvider}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="callbackUrl" value={returnTo} />
              <button type="submit" className="w-full rounded border border-stone-500 px-4 py-2 font-semibold">
                Continue with {provider.name}
              </button>
            </form>
          ))}
        </div>
      )}
      <p className="mt-6 flex flex-col gap-2 text-sm">
        <Link href="/forgot-password" className="underline hover:text-accent">
          Forgotten your password?
        </Link>
        <Link href="/sign-up" className="underline hover:text-accent">
          New here? Create an account
        </Link>
      </p>
    </>
  );
}
