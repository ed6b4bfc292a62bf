import type { Metadata } from "next";
import { isEmailChangeLinkUsable } from "@/lib/auth/account-settings";
import { ConfirmEmailForm } from "./confirm-email-form";

// Per visitor: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false }, referrer: "no-referrer" };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const usable = await isEmailChangeLinkUsable(token);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-bold">Confirm your new email address</h1>
      {usable && token ? <ConfirmEmailForm token={token} /> : <p>This link has expired or was already used.</p>}
    </div>
  );
}
