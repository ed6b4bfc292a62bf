"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { OpenForm, QueueFilters, QueueItem } from "./queue-item";
import { QueueRowDetails } from "./queue-row";
import { QueueToolbar } from "./queue-toolbar";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useQueueActions } from "./use-queue-actions";
import { useQueueKeyboard } from "./use-queue-keyboard";

export type { QueueItem } from "./queue-item";

const toggled = (set: Set<number>, id: number) => {
  const copy = new Set(set);
  if (copy.has(id)) copy.delete(id);
  else copy.add(id);
  return copy;
};

export function ModerationQueue({
  items,
  view,
  filters,
  hasMore,
  total,
}: {
  items: QueueItem[];
  view: string;
  filters: QueueFilters;
  hasMore: boolean;
  /** Comments in this view when no filter narrows it; null when filtered. */
  total: number | null;
}) {
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [raw, setRaw] = useState<Set<number>>(new Set());
  const [help, setHelp] = useState(false);
  const [open, setOpen] = useState<OpenForm>(null);
  const rowRefs = useRef<(HTMLLIElement | null)[]>([]);
  const focusRow = Math.min(focus, Math.max(0, items.length - 1));
  const selectedItems = items.filter((item) => selected.has(item.id));
  const clearSelection = useCallback(() => {
    setSelected(new Set());
    setAllMatching(false);
  }, []);
  const { message, undoable, pending, run, runUndo, announce } = useQueueActions(filters, clearSelection);
  const toggleSelected = useCallback((id: number) => setSelected((set) => toggled(set, id)), []);
  useQueueKeyboard({ items, focusRow, selectedItems, rowRefs, setFocus, toggleSelected, setHelp, setOpen, run, runUndo });

  // After the list changes (an action removed rows), keep focus on a row that exists.
  useEffect(() => {
    const row = rowRefs.current[focusRow];
    if (row && document.activeElement && document.activeElement !== document.body && row.contains(document.activeElement) === false) {
      if (rowRefs.current.some((r) => r?.contains(document.activeElement))) row.focus();
    }
  }, [items, focusRow]);

  const closeForm = useCallback(() => {
    setOpen(null);
    rowRefs.current[focusRow]?.focus();
  }, [focusRow]);
  const formDone = useCallback(
    (text: string, eventId?: number | null) => {
      announce(text, eventId);
      closeForm();
    },
    [announce, closeForm],
  );
  const allOnPage = items.length > 0 && selected.size === items.length;

  return (
    <div className="mt-4">
      <div role="status" aria-live="polite" className="min-h-6 text-sm font-semibold">
        {message}
        {undoable && (
          <button type="button" onClick={runUndo} className="ml-3 underline" disabled={pending}>
            Undo
          </button>
        )}
      </div>
      <QueueToolbar
        items={items}
        view={view}
        selectedItems={selectedItems}
        allOnPage={allOnPage}
        canSelectMore={hasMore || (total !== null && total > items.length)}
        total={total}
        allMatching={allMatching}
        pending={pending}
        onSelectPage={(all) => {
          setSelected(all ? new Set(items.map((item) => item.id)) : new Set());
          setAllMatching(false);
        }}
        onSelectAllMatching={() => setAllMatching(true)}
        run={run}
        onHelp={() => setHelp(true)}
      />
      {items.length === 0 ? (
        <p className="mt-6">No comments here.</p>
      ) : (
        <ul aria-label="Comments" className="divide-y divide-stone-300 dark:divide-stone-700">
          {items.map((item, index) => (
            <li
              key={item.id}
              ref={(element) => {
                rowRefs.current[index] = element;
              }}
              tabIndex={index === focusRow ? 0 : -1}
              onFocus={() => setFocus(index)}
              aria-label={`Comment by ${item.authorName} on ${item.postHeadline}`}
              aria-current={index === focusRow ? "true" : undefined}
              className="flex gap-3 py-3 outline-none focus-visible:ring-2 focus-visible:ring-accent aria-[current=true]:bg-amber-50 dark:aria-[current=true]:bg-stone-900"
            >
              <input
                type="checkbox"
                aria-label={`Select the comment by ${item.authorName}`}
                checked={selected.has(item.id)}
                onChange={() => {
                  toggleSelected(item.id);
                  setAllMatching(false);
                }}
                className="mt-1"
              />
              <QueueRowDetails
                item={item}
                view={view}
                raw={raw.has(item.id)}
                pending={pending}
                open={open}
                run={run}
                setOpen={setOpen}
                toggleRaw={() => setRaw((set) => toggled(set, item.id))}
                onDone={formDone}
                onCancel={closeForm}
              />
            </li>
          ))}
        </ul>
      )}
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
