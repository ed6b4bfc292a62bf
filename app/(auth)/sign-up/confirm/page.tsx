import type { Metadata } from "next";
import Link from "next/link";
import { getPendingSignUp } from "@/lib/auth/sign-up";
import { ConfirmSignUpForm } from "./_components/confirm-sign-up-form";

export const metadata: Metadata = { title: "Finish creating your account", robots: { index: false }, referrer: "no-referrer" };

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const pending = await getPendingSignUp(token);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Finish creating your account</h1>
      {pending && token ? (
        <ConfirmSignUpForm token={token} email={pending.email} name={pending.name} />
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
