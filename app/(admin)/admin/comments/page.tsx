import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { searchText } from "@/lib/validation/text";
import { idParam } from "@/lib/validation/id";
import { loadQueue, queueReasons, queueViews } from "@/lib/moderation/reads";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import { FilterButton, FilterInput, FilterSelect } from "@/components/admin/filter-controls";
import { ModerationQueue, type QueueItem } from "./_components/moderation-queue";

export const metadata: Metadata = { title: "Comments" };

const PAGE_SIZE = 50;

const paramsSchema = z.object({
  view: z.enum(queueViews).catch("pending"),
  post: idParam.optional().catch(undefined),
  author: searchText(245).optional().catch(undefined),
  ip: searchText(45).optional().catch(undefined),
  q: searchText(200).optional().catch(undefined),
  order: z.enum(["newest", "oldest"]).catch("newest"),
  reason: z.enum(queueReasons).optional().catch(undefined),
  after: z.string().max(40).optional().catch(undefined),
});

const reasonLabels: Record<(typeof queueReasons)[number], string> = {
  "spam-filter": "The spam filter",
  honeypot: "The hidden bot field",
  "too-fast": "Sent too fast",
  "disallowed-keyword": "The block list",
  "blocked-commenter": "A block",
  "first-time-commenter": "First comment",
  "too-many-links": "Too many links",
  "moderation-keyword": "The moderation list",
  "manual-approval": "Manual approval",
};

const viewLabels: Record<(typeof queueViews)[number], string> = {
  pending: "Pending",
  approved: "Approved",
  spam: "Spam",
  trash: "Trash",
  reported: "Reported",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentsQueuePage({ searchParams }: Props) {
  const actor = await requirePermission("comment:moderate", "/admin/comments");
  const params = paramsSchema.parse(await searchParams);
  const filters = {
    view: params.view,
    postId: params.post,
    author: params.author || undefined,
    ip: params.ip || undefined,
    search: params.q || undefined,
    reason: params.reason,
    order: params.order,
  };
  // Moderators reach comments on published posts only; loadQueue narrows to what this actor may see.
  const { counts, ...page } = await loadQueue(actor, filters, { limit: PAGE_SIZE, after: params.after ? decodeCursor(params.after) : null });
  const timeZone = await getSiteTimeZone();
  const kept = {
    ...(params.post ? { post: String(params.post) } : {}),
    ...(params.author ? { author: params.author } : {}),
    ...(params.ip ? { ip: params.ip } : {}),
    ...(params.q ? { q: params.q } : {}),
    ...(params.reason ? { reason: params.reason } : {}),
    ...(params.order !== "newest" ? { order: params.order } : {}),
  };
  const href = (extra: Record<string, string>) => `/admin/comments?${new URLSearchParams({ ...kept, ...extra }).toString()}`;
  const filtered = Object.keys(kept).some((key) => key !== "order");

  const items: QueueItem[] = page.rows.map(({ createdAt, editedAt, moderationReason, ...row }) => ({
    ...row,
    reason: moderationReason,
    when: formatDateTime(createdAt.toISOString(), timeZone),
    createdAt: createdAt.toISOString(),
    edited: editedAt !== null,
  }));

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-3xl font-bold">Comments</h1>
        <Link href="/admin/comments/blocks" className="text-sm underline">
          Blocked commenters
        </Link>
      </div>
      <nav aria-label="Comment status" className="mt-4 flex flex-wrap gap-1 border-b border-stone-300 text-sm dark:border-stone-700">
        {queueViews.map((view) => (
          <Link
            key={view}
            href={href({ view })}
            aria-current={view === params.view ? "page" : undefined}
            className="rounded-t px-3 py-2 font-semibold aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
          >
            {viewLabels[view]} <span className="font-normal">({counts[view].toLocaleString("en-GB")})</span>
          </Link>
        ))}
      </nav>
      <form role="search" action="/admin/comments" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="view" value={params.view} />
        {params.post && <input type="hidden" name="post" value={params.post} />}
        <FilterInput label="Search comments" name="q" value={params.q} />
        <FilterInput label="Author name or email" name="author" value={params.author} />
        <FilterInput label="IP address" name="ip" value={params.ip} className="w-36" />
        <FilterSelect
          label="Held by"
          name="reason"
          value={params.reason ?? ""}
          options={[["", "Any reason"], ...queueReasons.map((reason): [string, string] => [reason, reasonLabels[reason]])]}
        />
        <FilterSelect label="Order" name="order" value={params.order} options={[["newest", "Newest first"], ["oldest", "Oldest first"]]} />
        <FilterButton />
        {filtered && (
          <Link href={`/admin/comments?view=${params.view}`} className="py-1 underline">
            Clear filters
          </Link>
        )}
      </form>
      <ModerationQueue
        key={`${params.view}|${params.after ?? ""}|${JSON.stringify(kept)}`}
        items={items}
        view={params.view}
        filters={{ view: params.view, postId: params.post, author: params.author, ip: params.ip, search: params.q, reason: params.reason }}
        hasMore={page.next !== null}
        total={filtered ? null : counts[params.view]}
      />
      {page.next && (
        <p className="mt-6 text-right">
          <Link href={href({ view: params.view, after: encodeCursor(page.next) })} className="font-semibold underline">
            More comments →
          </Link>
        </p>
      )}
    </>
  );
}
