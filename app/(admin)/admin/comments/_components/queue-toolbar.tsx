"use client";

import type { CommentStatus } from "@/db/schema";
import { actionLabels, actionsFor, type ModerationAction } from "@/lib/moderation/transitions";
import type { QueueItem } from "./queue-item";

/** Select all, the bulk actions for what is selected, Empty spam/trash, the shortcuts. */
export function QueueToolbar(props: {
  items: QueueItem[];
  view: string;
  selectedItems: QueueItem[];
  allOnPage: boolean;
  canSelectMore: boolean;
  total: number | null;
  allMatching: boolean;
  pending: boolean;
  onSelectPage: (all: boolean) => void;
  onSelectAllMatching: () => void;
  run: (action: ModerationAction, targets: QueueItem[], everyMatching?: boolean) => void;
  onHelp: () => void;
}) {
  const { items, view, selectedItems, allMatching, pending, run } = props;
  const applicable = (action: ModerationAction) => selectedItems.filter((item) => actionsFor(item.status).includes(action));
  const actions = allMatching
    ? actionsFor(view === "reported" ? "approved" : (view as CommentStatus))
    : [...new Set(selectedItems.flatMap((item) => actionsFor(item.status)))];
  return (
    <div className="sticky top-0 z-10 mt-2 flex flex-wrap items-center gap-3 border-b border-stone-300 bg-stone-50 py-2 text-sm dark:border-stone-700 dark:bg-stone-950">
      <label className="flex items-center gap-2 font-semibold">
        <input type="checkbox" checked={props.allOnPage} onChange={(event) => props.onSelectPage(event.target.checked)} />
        Select all on this page
      </label>
      {props.allOnPage && props.canSelectMore && !allMatching && (
        <button type="button" className="underline" onClick={props.onSelectAllMatching}>
          Select all {props.total !== null ? props.total.toLocaleString("en-GB") : ""} matching comments
        </button>
      )}
      {allMatching && <span>All matching comments are selected.</span>}
      {(selectedItems.length > 0 || allMatching) && (
        <div className="flex flex-wrap gap-2" role="group" aria-label="Bulk actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              disabled={pending}
              onClick={() => run(action, applicable(action), allMatching)}
              className="rounded border border-stone-500 px-2 py-1 font-semibold"
            >
              {actionLabels[action].verb} {allMatching ? "all" : `(${applicable(action).length})`}
            </button>
          ))}
        </div>
      )}
      {(view === "spam" || view === "trash") && items.length > 0 && (
        <button type="button" disabled={pending} className="ml-auto rounded border border-accent px-2 py-1 font-semibold text-accent" onClick={() => run("delete", [], true)}>
          Empty {view}
        </button>
      )}
      <button type="button" className="ml-auto text-stone-600 underline dark:text-stone-400" onClick={props.onHelp}>
        Keyboard shortcuts (?)
      </button>
    </div>
  );
}
