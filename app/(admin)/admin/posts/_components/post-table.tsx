"use client";

import { useActionState, useState } from "react";
import { AdminCell, AdminRow, AdminTable } from "@/components/admin/admin-table";
import type { ActionState } from "@/lib/forms/action-state";
import { trashSelectedPosts } from "../actions";

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
  const [state, action, pending] = useActionState<ActionState, FormData>(trashSelectedPosts, {});
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const deletable = rows.filter((row) => row.canDelete);
  const toggle = (id: number, on: boolean) => {
    const copy = new Set(selected);
    if (on) copy.add(id);
    else copy.delete(id);
    setSelected(copy);
  };
  return (
    <form action={action} className="mt-4">
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-semibold">
        {state.message ?? state.formError}
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
      <AdminTable
        columns={[{ label: "Select", hidden: true }, "Headline", "Status", "Author", "Section", "Updated", "Published", "Comments"]}
        isEmpty={rows.length === 0}
        empty="No posts match."
        className="mt-3"
      >
        {rows.map((row) => (
          <PostRow key={row.id} row={row} selected={selected.has(row.id)} onSelect={(on) => toggle(row.id, on)} />
        ))}
      </AdminTable>
    </form>
  );
}

function PostRow({ row, selected, onSelect }: { row: PostTableRow; selected: boolean; onSelect: (on: boolean) => void }) {
  return (
    <AdminRow>
      <AdminCell>
        {row.canDelete && <input type="checkbox" name="post" value={row.id} aria-label={`Select “${row.headline}”`} checked={selected} onChange={(event) => onSelect(event.target.checked)} />}
      </AdminCell>
      <AdminCell heading className="font-semibold">
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
      </AdminCell>
      <AdminCell>{statusLabels[row.status] ?? row.status}</AdminCell>
      <AdminCell>{row.authorName}</AdminCell>
      <AdminCell>{row.categoryName ?? "—"}</AdminCell>
      <AdminCell className="whitespace-nowrap">{row.updated}</AdminCell>
      <AdminCell className="whitespace-nowrap">{row.published ?? "—"}</AdminCell>
      <AdminCell last>
        {row.commentCount}
        {row.pendingCount > 0 && <span className="ml-1 text-amber-700 dark:text-amber-400">({row.pendingCount} pending)</span>}
      </AdminCell>
    </AdminRow>
  );
}
