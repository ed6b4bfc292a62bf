import type { Metadata } from "next";
import Link from "next/link";
import { isResetLinkUsable } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const usable = await isResetLinkUsable(token);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Choose a new password</h1>
      {usable && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          This link has expired or was already used.{" "}
          <Link href="/forgot-password" className="underline">
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </>
  );
}
