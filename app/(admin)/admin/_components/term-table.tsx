"use client";

import { useActionState } from "react";
import { AdminTable } from "@/components/admin/admin-table";
import type { TermKind, TermRow as Term } from "@/db/queries/taxonomy/admin";
import type { ActionState } from "@/lib/forms/action-state";
import type { TermField } from "@/lib/taxonomy/manage-terms";
import { changeTerm } from "../taxonomy-actions";
import { TermRow } from "./term-row";

/** Every section or tag with rename, merge and delete. One result line above the table, since rows come and go. */
export function TermTable({ kind, rows }: { kind: TermKind; rows: Term[] }) {
  const [state, action, pending] = useActionState<ActionState<TermField>, FormData>(changeTerm, {});
  const noun = kind === "category" ? "section" : "tag";
  const outcome = state.message ?? state.formError ?? (state.fieldErrors ? "Nothing was changed." : null);
  return (
    <>
      <div aria-live="polite" className="mt-4 min-h-6">
        {outcome && (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm font-semibold text-accent dark:text-accent-dark"}>
            {outcome}
          </p>
        )}
      </div>
      <AdminTable
        columns={["Name and address", "Posts", "Merge", { label: "Delete", hidden: true }]}
        isEmpty={rows.length === 0}
        empty={`No ${noun}s yet. They are created from the post editor.`}
        className="mt-4"
      >
        {rows.map((row) => {
          // A refused change belongs to the row whose id it echoes.
          const refusal = !state.ok && state.values?.id === String(row.id) ? state : null;
          return <TermRow key={`${row.id}-${row.name}-${row.slug}-${refusal?.submission ?? ""}`} kind={kind} row={row} others={rows} refusal={refusal} action={action} pending={pending} />;
        })}
      </AdminTable>
    </>
  );
}
