import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default function SignUpPage() {
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Create an account</h1>
      <SignUpForm />
      <p className="mt-6 text-sm">
        Already have an account?{" "}
        <Link href="/sign-in" className="underline hover:text-accent">
          Sign in
        </Link>
      </p>
    </>
  );
}
