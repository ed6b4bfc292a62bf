"use client";

import { AdminCell, AdminRow } from "@/components/admin/admin-table";
import type { TermKind, TermRow as Term } from "@/db/queries/taxonomy/admin";
import type { ActionState } from "@/lib/forms/action-state";
import type { TermField } from "@/lib/taxonomy/manage-terms";

const inputClass = "rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900";

function TermForm({ op, kind, termId, action, children, ...rest }: { op: string; kind: TermKind; termId: number; action: (form: FormData) => void; children: React.ReactNode } & Omit<React.FormHTMLAttributes<HTMLFormElement>, "action">) {
  return (
    <form action={action} {...rest}>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={termId} />
      {children}
    </form>
  );
}

function FieldError({ message }: { message?: string }) {
  return message ? <span className="font-semibold text-accent">{message}</span> : null;
}

/** One section or tag: rename it in place, merge it into another, or delete it. */
export function TermRow({
  kind,
  row,
  others,
  refusal,
  action,
  pending,
}: {
  kind: TermKind;
  row: Term;
  others: Term[];
  /** This row's last refused change, if any: its errors and what was typed. */
  refusal: ActionState<TermField> | null;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const noun = kind === "category" ? "section" : "tag";
  const errors = refusal?.fieldErrors;
  // A refused rename keeps what was typed (React resets the form after an action).
  const typed = refusal?.values;
  return (
    <AdminRow>
      <AdminCell>
        <TermForm op="rename" kind={kind} termId={row.id} action={action} className="flex flex-wrap items-start gap-2" aria-label={`Rename ${row.name}`}>
          <label className="flex flex-col text-xs">
            Name
            <input name="name" defaultValue={typed?.name ?? row.name} required aria-invalid={errors?.name ? true : undefined} className={inputClass} />
            <FieldError message={errors?.name} />
          </label>
          <label className="flex flex-col text-xs">
            Address
            <input name="slug" defaultValue={typed?.slug ?? row.slug} aria-invalid={errors?.slug ? true : undefined} className={inputClass} />
            <FieldError message={errors?.slug} />
          </label>
          <button type="submit" disabled={pending} className="mt-4 underline">
            Save
          </button>
        </TermForm>
      </AdminCell>
      <AdminCell>{row.postCount}</AdminCell>
      <AdminCell>
        <TermForm op="merge" kind={kind} termId={row.id} action={action} className="flex flex-wrap items-start gap-2">
          <label className="flex flex-col text-xs">
            Merge into
            <select name="into" required defaultValue="" aria-label={`Merge ${row.name} into`} className={inputClass}>
              <option value="" disabled>
                Choose…
              </option>
              {others
                .filter((other) => other.id !== row.id)
                .map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name}
                  </option>
                ))}
            </select>
            <FieldError message={errors?.into} />
          </label>
          <button type="submit" disabled={pending} className="mt-4 underline" aria-label={`Merge ${row.name}`}>
            Merge
          </button>
        </TermForm>
      </AdminCell>
      <AdminCell last>
        <TermForm
          op="delete"
          kind={kind}
          termId={row.id}
          action={action}
          onSubmit={(event) => {
            if (!window.confirm(`Delete “${row.name}”? Its posts stay, without this ${noun}.`)) event.preventDefault();
          }}
        >
          <button type="submit" disabled={pending} className="mt-4 text-accent underline dark:text-accent-dark" aria-label={`Delete ${row.name}`}>
            Delete
          </button>
        </TermForm>
      </AdminCell>
    </AdminRow>
  );
}
