"use client";

import { useActionState } from "react";
import type { TermKind, TermRow } from "@/db/queries/taxonomy/admin";
import { changeTerm, type TermState } from "./taxonomy-actions";

const inputClass = "rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900";

/** Every section or tag with rename, merge and delete. One result line above the table, since rows come and go. */
export function TermTable({ kind, rows }: { kind: TermKind; rows: TermRow[] }) {
  const [state, action, pending] = useActionState<TermState, FormData>(changeTerm, null);
  const noun = kind === "category" ? "section" : "tag";
  const refused = (id: number) => (state && !state.ok && state.termId === id ? state : null);

  return (
    <>
      <div aria-live="polite" className="mt-4 min-h-6">
        {state && (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm font-semibold text-accent dark:text-accent-dark"}>
            {state.message}
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="mt-4">No {noun}s yet. They are created from the post editor.</p>
      ) : (
        <table className="mt-4 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-700">
              <th scope="col" className="py-2 pr-3">Name and address</th>
              <th scope="col" className="py-2 pr-3">Posts</th>
              <th scope="col" className="py-2 pr-3">Merge</th>
              <th scope="col" className="py-2">
                <span className="sr-only">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const mine = refused(row.id);
              const errors = mine?.fieldErrors;
              // A refused rename keeps what was typed (React resets the form after an action).
              const typed = mine?.values;
              return (
                <tr key={`${row.id}-${row.name}-${row.slug}-${mine?.submission ?? ""}`} className="border-b border-stone-200 align-top dark:border-stone-800">
                  <td className="py-2 pr-3">
                    <form action={action} className="flex flex-wrap items-start gap-2" aria-label={`Rename ${row.name}`}>
                      <input type="hidden" name="op" value="rename" />
                      <input type="hidden" name="kind" value={kind} />
                      <input type="hidden" name="id" value={row.id} />
                      <label className="flex flex-col text-xs">
                        Name
                        <input name="name" defaultValue={typed?.name ?? row.name} required aria-invalid={errors?.name ? true : undefined} className={inputClass} />
                        {errors?.name && <span className="font-semibold text-accent">{errors.name}</span>}
                      </label>
                      <label className="flex flex-col text-xs">
                        Address
                        <input name="slug" defaultValue={typed?.slug ?? row.slug} aria-invalid={errors?.slug ? true : undefined} className={inputClass} />
                        {errors?.slug && <span className="font-semibold text-accent">{errors.slug}</span>}
                      </label>
                      <button type="submit" disabled={pending} className="mt-4 underline">
                        Save
                      </button>
                    </form>
                  </td>
                  <td className="py-2 pr-3">{row.postCount}</td>
                  <td className="py-2 pr-3">
                    <form action={action} className="flex flex-wrap items-start gap-2">
                      <input type="hidden" name="op" value="merge" />
                      <input type="hidden" name="kind" value={kind} />
                      <input type="hidden" name="id" value={row.id} />
                      <label className="flex flex-col text-xs">
                        Merge into
                        <select name="into" required defaultValue="" aria-label={`Merge ${row.name} into`} className={inputClass}>
                          <option value="" disabled>
                            Choose…
                          </option>
                          {rows
                            .filter((other) => other.id !== row.id)
                            .map((other) => (
                              <option key={other.id} value={other.id}>
                                {other.name}
                              </option>
                            ))}
                        </select>
                        {errors?.into && <span className="font-semibold text-accent">{errors.into}</span>}
                      </label>
                      <button type="submit" disabled={pending} className="mt-4 underline" aria-label={`Merge ${row.name}`}>
                        Merge
                      </button>
                    </form>
                  </td>
                  <td className="py-2">
                    <form
                      action={action}
                      onSubmit={(event) => {
                        if (!window.confirm(`Delete “${row.name}”? Its posts stay, without this ${noun}.`)) event.preventDefault();
                      }}
                    >
                      <input type="hidden" name="op" value="delete" />
                      <input type="hidden" name="kind" value={kind} />
                      <input type="hidden" name="id" value={row.id} />
                      <button type="submit" disabled={pending} className="mt-4 text-accent underline dark:text-accent-dark" aria-label={`Delete ${row.name}`}>
                        Delete
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
