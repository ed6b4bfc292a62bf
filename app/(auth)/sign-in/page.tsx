import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { getCurrentUser } from "@/lib/dal";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const NOTICES: Record<string, string> = {
  "password-changed": "Your password has been changed and every other session signed out. Sign in with the new password.",
  "account-created": "Your account is ready. Sign in to start commenting.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; notice?: string; email?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, notice, email } = await searchParams;
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
      <SignInForm callbackUrl={returnTo} email={typeof email === "string" ? email.slice(0, 100) : undefined} />
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
