import type { Metadata } from "next";
import { z } from "zod";
import { ConfirmLinkForm } from "@/components/auth/confirm-link-form";
import { confirmPersonalData } from "./actions";

// Per visitor: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Confirm your request", robots: { index: false }, referrer: "no-referrer" };

const paramsSchema = z.object({
  token: z.string().max(120).optional().catch(undefined),
  done: z.enum(["export", "erase"]).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Nothing is handed over or erased until the address's owner presses this button (opening the link isn't enough). */
export default async function ConfirmPersonalDataPage({ searchParams }: Props) {
  const { token, done } = paramsSchema.parse(await searchParams);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-bold">Your data</h1>
      {done ? (
        <p role="status">
          Confirmed. {done === "export" ? "The site’s editors will send you a copy of your data." : "The site’s editors will now erase your data."}
        </p>
      ) : token ? (
        <>
          <p className="mb-4">Confirm the request made for your email address? Nothing happens until you do.</p>
          <ConfirmLinkForm token={token} action={confirmPersonalData} label="Yes, I asked for this" pendingLabel="Confirming…" />
        </>
      ) : (
        <p>This link is not valid or has expired.</p>
      )}
    </div>
  );
}
