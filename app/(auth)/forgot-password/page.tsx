import type { Metadata } from "next";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgotten password", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Forgotten your password?</h1>
      <p className="mb-6 text-stone-700 dark:text-stone-300">Enter your email and we’ll send you a link to choose a new one.</p>
      <ForgotPasswordForm />
    </>
  );
}
