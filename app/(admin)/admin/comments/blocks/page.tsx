import type { Metadata } from "next";
import Link from "next/link";
import { listActiveBlocks } from "@/db/queries/commenter-blocks";
import { requirePermission } from "@/lib/dal";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { LiftBlockButton } from "./lift-block-button";

export const metadata: Metadata = { title: "Blocked commenters" };

const kindLabels = { account: "Account", email: "Email", ip: "IP address" } as const;

export default async function BlocksPage() {
  await requirePermission("comment:moderate", "/admin/comments/blocks");
  const blocks = await listActiveBlocks();
  const timeZone = getEnv().SITE_TIME_ZONE;
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
      {blocks.length === 0 ? (
        <p className="mt-6">Nobody is blocked.</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <thead>
            <tr className="border-b-2 border-stone-900 dark:border-stone-300">
              <th scope="col" className="py-2 pr-3">Who</th>
              <th scope="col" className="py-2 pr-3">Reason</th>
              <th scope="col" className="py-2 pr-3">Until</th>
              <th scope="col" className="py-2 pr-3">By</th>
              <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {blocks.map((block) => (
              <tr key={block.id} className="border-b border-stone-300 align-top dark:border-stone-700">
                <th scope="row" className="py-2 pr-3 font-normal break-all">
                  <span className="font-semibold">{kindLabels[block.kind]}:</span> {block.value}
                </th>
                <td className="py-2 pr-3">{block.reason}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{block.endsAt ? formatDate(block.endsAt.toISOString(), timeZone) : "Until lifted"}</td>
                <td className="py-2 pr-3">
                  {block.createdByName ?? "—"}, {formatDate(block.createdAt.toISOString(), timeZone)}
                </td>
                <td className="py-2">
                  <LiftBlockButton blockId={block.id} label={block.value} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
