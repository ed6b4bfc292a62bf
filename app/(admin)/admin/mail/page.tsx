import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AdminCell, AdminRow, AdminTable } from "@/components/admin/admin-table";
import { mailStatuses } from "@/db/schema";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import { loadMailQueue } from "@/lib/mail/reads";

export const metadata: Metadata = { title: "Outgoing mail" };

const paramsSchema = z.object({ status: z.enum(mailStatuses).catch("failed") });

const tabLabels = { pending: "Waiting", failed: "Failed", sent: "Sent" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What the site has mailed, what waits to go (retrying), and what failed for good, for admins. */
export default async function MailQueuePage({ searchParams }: Props) {
  await requirePermission("settings:manage", "/admin/mail");
  const { status } = paramsSchema.parse(await searchParams);
  const { counts, messages } = await loadMailQueue(status);
  const timeZone = await getSiteTimeZone();
  const when = (date: Date | null) => (date ? formatDateTime(date.toISOString(), timeZone) : "");

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Outgoing mail</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Every email waits here until the mail server takes it; a refused one is tried again later, and marked failed after the last try.
      </p>
      <nav aria-label="Mail by state" className="mt-4 flex gap-4 text-sm">
        {(["failed", "pending", "sent"] as const).map((tab) => (
          <Link key={tab} href={`/admin/mail?status=${tab}`} aria-current={tab === status ? "page" : undefined} className={tab === status ? "font-semibold underline" : "underline"}>
            {tabLabels[tab]} ({counts[tab].toLocaleString("en-GB")})
          </Link>
        ))}
      </nav>
      <AdminTable columns={["Queued", "To", "Subject", "Kind", "Tries", status === "sent" ? "Sent" : status === "pending" ? "Next try" : "Last error"]} isEmpty={messages.length === 0} empty="No mail here.">
        {messages.map((mail) => (
          <AdminRow key={mail.id}>
            <AdminCell className="whitespace-nowrap">{when(mail.createdAt)}</AdminCell>
            <AdminCell>{mail.toAddress}</AdminCell>
            <AdminCell>{mail.subject}</AdminCell>
            <AdminCell>{mail.kind}</AdminCell>
            <AdminCell>{mail.attempts}</AdminCell>
            <AdminCell last>{status === "sent" ? when(mail.sentAt) : status === "pending" ? `${when(mail.nextAttemptAt)}${mail.lastError ? ` (${mail.lastError})` : ""}` : mail.lastError}</AdminCell>
          </AdminRow>
        ))}
      </AdminTable>
    </>
  );
}
