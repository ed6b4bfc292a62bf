import type { Metadata } from "next";
import { z } from "zod";
import { ConfirmLinkForm } from "@/components/auth/confirm-link-form";
import { describeConfirmation } from "@/lib/notifications/reply-subscriptions";
import { confirmReplySubscription } from "./actions";

// Per visitor: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Confirm reply emails", robots: { index: false }, referrer: "no-referrer" };

const paramsSchema = z.object({ token: z.string().max(120).optional().catch(undefined), done: z.literal("1").optional().catch(undefined) });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Double opt-in: nothing is mailed about replies until this button is pressed (opening the link isn't enough). */
export default async function ConfirmRepliesPage({ searchParams }: Props) {
  const { token, done } = paramsSchema.parse(await searchParams);
  const found = done ? null : await describeConfirmation(token);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-bold">Emails about replies</h1>
      {done ? (
        <p role="status">Confirmed: we’ll email you when someone replies. Every such email has a link to stop them.</p>
      ) : found && token ? (
        <>
          <p className="mb-4">Email you when someone replies to your comment on “{found.headline}”?</p>
          <ConfirmLinkForm token={token} action={confirmReplySubscription} label="Yes, email me about replies" pendingLabel="Confirming…" />
        </>
      ) : (
        <p>This link is not valid or has expired.</p>
      )}
    </div>
  );
}
