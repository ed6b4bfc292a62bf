import type { Metadata } from "next";
import Link from "next/link";
import { listTermsWithCounts } from "@/db/queries/taxonomy-admin";
import { requirePermission } from "@/lib/dal";
import { TermTable } from "../term-table";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  await requirePermission("taxonomy:manage", "/admin/tags");
  const rows = await listTermsWithCounts("tag");
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/posts" className="underline">
          ← Posts
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Tags</h1>
      <TermTable kind="tag" rows={rows} />
    </>
  );
}
