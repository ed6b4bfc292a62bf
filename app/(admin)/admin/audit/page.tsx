import type { Metadata } from "next";
import Link from "next/link";
import { AdminCell, AdminRow, AdminTable } from "@/components/admin/admin-table";
import { z } from "zod";
import { idParam } from "@/lib/validation/id";
import { listAuditEntries } from "@/lib/moderation/reads";
import { listModeratorAccounts } from "@/lib/users/reads";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import { FilterButton, FilterInput, FilterSelect } from "@/components/admin/filter-controls";

export const metadata: Metadata = { title: "Moderation log" };

const paramsSchema = z.object({
  moderator: z.uuid().optional().catch(undefined),
  comment: idParam.optional().catch(undefined),
  after: z.string().max(40).optional().catch(undefined),
});

const actionNames: Record<string, string> = {
  approve: "approved",
  unapprove: "unapproved",
  spam: "marked as spam",
  "not-spam": "restored from spam",
  trash: "trashed",
  restore: "restored",
  delete: "deleted for good",
  undo: "undid an action on",
  purge: "purged from the trash",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  await requirePermission("audit:view", "/admin/audit");
  const params = paramsSchema.parse(await searchParams);
  const [moderators, page] = await Promise.all([
    listModeratorAccounts(),
    listAuditEntries({ actorId: params.moderator, commentId: params.comment }, { limit: 50, after: params.after ? decodeCursor(params.after) : null }),
  ]);
  const timeZone = await getSiteTimeZone();
  const next = page.next
    ? new URLSearchParams({
        ...(params.moderator ? { moderator: params.moderator } : {}),
        ...(params.comment ? { comment: String(params.comment) } : {}),
        after: encodeCursor(page.next),
      })
    : null;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Moderation log</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Every moderation action, who took it and what each comment was before and after.</p>
      <form role="search" action="/admin/audit" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
        <FilterSelect label="Moderator" name="moderator" value={params.moderator} options={[["", "Anyone"], ...moderators.map((person): [string, string] => [person.id, person.name])]} />
        <FilterInput label="Comment number" name="comment" value={params.comment} className="w-32" />
        <FilterButton />
      </form>
      <AdminTable columns={["When", "Who", "What", "Comments: before → after"]} isEmpty={page.entries.length === 0} empty="Nothing recorded yet.">
        {page.entries.map((entry) => (
          <AdminRow key={entry.id}>
            <AdminCell className="whitespace-nowrap">{formatDateTime(entry.createdAt.toISOString(), timeZone)}</AdminCell>
            <AdminCell>{entry.actorName ?? "Scheduled job"}</AdminCell>
            <AdminCell>
              {actionNames[entry.action] ?? entry.action} {entry.commentIds.length === 1 ? "1 comment" : `${entry.commentIds.length} comments`}
              {entry.undoneBy !== null && <span className="ml-1 text-stone-600 dark:text-stone-400">(undone)</span>}
            </AdminCell>
            <AdminCell last>
              <ul className="flex flex-wrap gap-x-3">
                {entry.changes.changes.slice(0, 20).map((change) => (
                  <li key={change.id}>
                    <Link href={`/admin/audit?comment=${change.id}`} className="underline">
                      #{change.id}
                    </Link>{" "}
                    {change.from} → {change.to}
                  </li>
                ))}
                {entry.changes.changes.length > 20 && <li>and {entry.changes.changes.length - 20} more</li>}
              </ul>
            </AdminCell>
          </AdminRow>
        ))}
      </AdminTable>
      {next && (
        <p className="mt-6 text-right">
          <Link href={`/admin/audit?${next.toString()}`} className="font-semibold underline">
            Older entries →
          </Link>
        </p>
      )}
    </>
  );
}
