import type { ReactNode } from "react";

/** A column heading; `hidden` ones are read by screen readers only (a checkbox or actions column). */
export type AdminColumn = string | { label: string; hidden: true };

/**
 * The one list table of the admin panel: headings, an empty message in place of
 * an empty table, and rows ruled the same way on every screen.
 */
export function AdminTable({
  columns,
  empty,
  isEmpty,
  caption,
  className = "mt-6",
  children,
}: {
  columns: readonly AdminColumn[];
  /** Said instead of the table when there are no rows. */
  empty: ReactNode;
  isEmpty: boolean;
  caption?: string;
  className?: string;
  children: ReactNode;
}) {
  if (isEmpty) return <p className={className}>{empty}</p>;
  return (
    <table className={`${className} w-full text-left text-sm`}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr className="border-b-2 border-stone-900 dark:border-stone-300">
          {columns.map((column, index) => {
            const last = index === columns.length - 1;
            const label = typeof column === "string" ? column : <span className="sr-only">{column.label}</span>;
            return (
              <th key={typeof column === "string" ? column : column.label} scope="col" className={last ? "py-2" : "py-2 pr-3"}>
                {label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A row of an AdminTable. */
export function AdminRow({ children }: { children: ReactNode }) {
  return <tr className="border-b border-stone-300 align-top dark:border-stone-700">{children}</tr>;
}

/** A cell; the row's name cell is a row heading for screen readers (its weight is the caller's choice). */
export function AdminCell({ children, heading = false, last = false, className = "" }: { children?: ReactNode; heading?: boolean; last?: boolean; className?: string }) {
  const classes = `py-2 ${last ? "" : "pr-3"} ${className}`.trim();
  return heading ? (
    <th scope="row" className={classes}>
      {children}
    </th>
  ) : (
    <td className={classes}>{children}</td>
  );
}
