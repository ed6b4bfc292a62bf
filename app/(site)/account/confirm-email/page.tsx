import type { Metadata } from "next";
import { isEmailChangeLinkUsable } from "@/lib/auth/account-settings";
import { ConfirmLinkForm } from "@/components/auth/confirm-link-form";
import { confirmNewEmail } from "../actions";

// Per visitor: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false }, referrer: "no-referrer" };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const usable = await isEmailChangeLinkUsable(token);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-bold">Confirm your new email address</h1>
      {usable && token ? <ConfirmLinkForm token={token} action={confirmNewEmail} label="Use this email address" pendingLabel="Saving…" /> : <p>This link has expired or was already used.</p>}
    </div>
  );
}
