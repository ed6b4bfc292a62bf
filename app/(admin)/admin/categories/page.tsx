import type { Metadata } from "next";
import Link from "next/link";
import { listTermsWithCounts } from "@/db/queries/taxonomy-admin";
import { requirePermission } from "@/lib/dal";
import { TermTable } from "../term-table";

export const metadata: Metadata = { title: "Sections" };

export default async function SectionsPage() {
  await requirePermission("taxonomy:manage", "/admin/categories");
  const rows = await listTermsWithCounts("category");
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/posts" className="underline">
          ← Posts
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Sections</h1>
      <TermTable kind="category" rows={rows} />
    </>
  );
}
