"use client";

import { useActionState, useState } from "react";
import { type PostListState, trashSelectedPosts } from "./actions";

export type PostTableRow = {
  id: number;
  slug: string;
  headline: string;
  status: string;
  authorName: string;
  categoryName: string | null;
  updated: string;
  published: string | null;
  commentCount: number;
  pendingCount: number;
  canDelete: boolean;
  canEdit: boolean;
  canPreview: boolean;
};

const statusLabels: Record<string, string> = {
  draft: "Draft",
  pending: "Pending review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  trash: "Trash",
};

export function PostTable({ rows }: { rows: PostTableRow[] }) {
  const [state, action, pending] = useActionState<PostListState | null, FormData>(trashSelectedPosts, null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const deletable = rows.filter((row) => row.canDelete);
  return (
    <form action={action} className="mt-4">
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-semibold">
        {state?.message}
      </p>
      <div className="flex items-center gap-3 text-sm">
        <label className="flex items-center gap-2 font-semibold">
          <input
            type="checkbox"
            disabled={deletable.length === 0}
            checked={deletable.length > 0 && deletable.every((row) => selected.has(row.id))}
            onChange={(event) => setSelected(event.target.checked ? new Set(deletable.map((row) => row.id)) : new Set())}
          />
          Select all
        </label>
        <button type="submit" disabled={pending || selected.size === 0} className="rounded border border-stone-500 px-2 py-1 font-semibold disabled:opacity-50">
          Move to trash{selected.size ? ` (${selected.size})` : ""}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="mt-6">No posts match.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr className="border-b-2 border-stone-900 dark:border-stone-300">
              <th scope="col" className="py-2 pr-2">
                <span className="sr-only">Select</span>
              </th>
              <th scope="col" className="py-2 pr-3">Headline</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2 pr-3">Author</th>
              <th scope="col" className="py-2 pr-3">Section</th>
              <th scope="col" className="py-2 pr-3">Updated</th>
              <th scope="col" className="py-2 pr-3">Published</th>
              <th scope="col" className="py-2">Comments</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-300 align-top dark:border-stone-700">
                <td className="py-2 pr-2">
                  {row.canDelete && (
                    <input
                      type="checkbox"
                      name="post"
                      value={row.id}
                      aria-label={`Select “${row.headline}”`}
                      checked={selected.has(row.id)}
                      onChange={(event) => {
                        const copy = new Set(selected);
                        if (event.target.checked) copy.add(row.id);
                        else copy.delete(row.id);
                        setSelected(copy);
                      }}
                    />
                  )}
                </td>
                <th scope="row" className="py-2 pr-3 text-left font-semibold">
                  {row.canEdit ? (
                    <a href={`/admin/posts/${row.id}/edit`} className="underline">
                      {row.headline}
                    </a>
                  ) : (
                    row.headline
                  )}
                  <span className="ml-2 text-xs font-normal">
                    {row.status === "published" ? (
                      <a href={`/posts/${row.slug}`} className="underline" aria-label={`View “${row.headline}”`}>
                        View
                      </a>
                    ) : (
                      row.canPreview && (
                        <a href={`/preview/${row.id}`} className="underline" aria-label={`Preview “${row.headline}”`}>
                          Preview
                        </a>
                      )
                    )}
                  </span>
                </th>
                <td className="py-2 pr-3">{statusLabels[row.status] ?? row.status}</td>
                <td className="py-2 pr-3">{row.authorName}</td>
                <td className="py-2 pr-3">{row.categoryName ?? "—"}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{row.updated}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{row.published ?? "—"}</td>
                <td className="py-2">
                  {row.commentCount}
                  {row.pendingCount > 0 && <span className="ml-1 text-amber-700 dark:text-amber-400">({row.pendingCount} pending)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </form>
  );
}
