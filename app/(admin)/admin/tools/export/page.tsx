import type { Metadata } from "next";
import { requirePermission } from "@/lib/dal";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage() {
  await requirePermission("site:tools", "/admin/tools/export");
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Export</h1>
      <p className="mt-2 max-w-2xl text-stone-700 dark:text-stone-300">
        One file with every post in every state, its section, tags and comments (with commenters’ email and IP addresses), and the authors, in
        WordPress’s export format (WXR 1.2): WordPress’s own importer reads it, and so does Broadsheet’s. Keep it somewhere safe; it holds personal
        data. The same file comes from <code>npm run export:wordpress -- site.xml</code> on the server.
      </p>
      <p className="mt-4">
        <a href="/admin/tools/export/download" download className="inline-block rounded bg-stone-900 px-4 py-2 text-sm font-semibold text-white dark:bg-stone-100 dark:text-stone-900">
          Download export file
        </a>
      </p>
    </>
  );
}
