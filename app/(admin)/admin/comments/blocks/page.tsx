import type { Metadata } from "next";
import Link from "next/link";
import { listBlocks } from "@/lib/moderation/reads";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { BlockList } from "./_components/block-list";

export const metadata: Metadata = { title: "Blocked commenters" };

const kindLabels = { account: "Account", email: "Email", ip: "IP address" } as const;

export default async function BlocksPage() {
  await requirePermission("comment:moderate", "/admin/comments/blocks");
  const blocks = await listBlocks();
  const timeZone = await getSiteTimeZone();
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/comments" className="underline">
          ← Comments
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Blocked commenters</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Comments from these accounts, addresses and IPs go straight to spam. Suspensions end on their date by themselves. Block someone from a comment in the queue.
      </p>
      <BlockList
        blocks={blocks.map((block) => ({
          id: block.id,
          who: kindLabels[block.kind],
          value: block.value,
          reason: block.reason,
          until: block.endsAt ? formatDate(block.endsAt.toISOString(), timeZone) : "Until lifted",
          by: `${block.createdByName ?? "—"}, ${formatDate(block.createdAt.toISOString(), timeZone)}`,
        }))}
      />
    </>
  );
}
