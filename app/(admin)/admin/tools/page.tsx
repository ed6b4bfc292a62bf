import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/dal";

export const metadata: Metadata = { title: "Tools" };

/** Moving content in and out of the site. */
export default async function ToolsPage() {
  await requirePermission("site:tools", "/admin/tools");
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Tools</h1>
      <ul className="mt-4 space-y-3">
        <li>
          <Link href="/admin/tools/import" className="font-semibold underline">
            Import
          </Link>{" "}
          — bring posts, sections, tags, authors and comments over from a WordPress export.
        </li>
        <li>
          <Link href="/admin/tools/export" className="font-semibold underline">
            Export
          </Link>{" "}
          — the whole site as a WordPress export file.
        </li>
        <li>
          <Link href="/admin/tools/personal-data" className="font-semibold underline">
            Personal data
          </Link>{" "}
          — hand a person everything kept under their email address, or erase it.
        </li>
      </ul>
    </>
  );
}
