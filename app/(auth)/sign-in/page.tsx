import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/dal";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeRedirectPath(callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={returnTo} />
    </>
  );
}
