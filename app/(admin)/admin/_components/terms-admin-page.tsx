import Link from "next/link";
import type { TermKind } from "@/db/queries/taxonomy/admin";
import { listTerms } from "@/lib/taxonomy/manage-terms";
import { requirePermission } from "@/lib/dal";
import { TermTable } from "./term-table";

/** Admin → Sections and Admin → Tags: the same page for either kind. */
export async function TermsAdminPage({ kind, title, path }: { kind: TermKind; title: string; path: string }) {
  await requirePermission("taxonomy:manage", path);
  const rows = await listTerms(kind);
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/posts" className="underline">
          ← Posts
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{title}</h1>
      <TermTable kind={kind} rows={rows} />
    </>
  );
}
