import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ConfirmLinkForm } from "@/components/auth/confirm-link-form";
import { notificationKinds } from "@/db/schema";
import { describeUnsubscribe, notificationLabels } from "@/lib/notifications/unsubscribe";
import { confirmUnsubscribe } from "./actions";

// Per visitor: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "no-referrer" };

const paramsSchema = z.object({
  token: z.string().max(200).optional().catch(undefined),
  done: z.enum([...notificationKinds, "replies", "all-replies"]).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where an email's unsubscribe link leads: a button, so a mail scanner opening the link changes nothing. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done } = paramsSchema.parse(await searchParams);
  const found = done ? null : describeUnsubscribe(token);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-bold">Unsubscribe</h1>
      {done ? (
        <p role="status">
          Done: you won’t get {notificationLabels[done]} any more. If you have an account, you can switch them back on from{" "}
          <Link href="/account" className="underline">
            your account page
          </Link>
          .
        </p>
      ) : found && token ? (
        <>
          <p className="mb-4">Stop {found.label}?</p>
          <ConfirmLinkForm token={token} action={confirmUnsubscribe} label="Unsubscribe" pendingLabel="Unsubscribing…" />
        </>
      ) : (
        <p>This link is not valid or has expired.</p>
      )}
    </div>
  );
}
