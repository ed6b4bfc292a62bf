import type { Metadata } from "next";
import Link from "next/link";
import { isSignUpLinkUsable } from "@/lib/auth/sign-up";
import { ConfirmLinkForm } from "@/components/auth/confirm-link-form";
import { confirmAccount } from "./actions";

export const metadata: Metadata = { title: "Confirm your account", robots: { index: false } };

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const usable = await isSignUpLinkUsable(token);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Confirm your account</h1>
      {usable && token ? (
        <ConfirmLinkForm token={token} action={confirmAccount} label="Confirm and create my account" pendingLabel="Creating your account…" />
      ) : (
        <p>
          This link has expired or was already used.{" "}
          <Link href="/sign-up" className="underline">
            Sign up again
          </Link>{" "}
          to get a new one, or{" "}
          <Link href="/sign-in" className="underline">
            sign in
          </Link>
          .
        </p>
      )}
    </>
  );
}
