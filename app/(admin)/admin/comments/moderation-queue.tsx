"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { QueueRow } from "@/db/queries/comments/queue";
import type { CommentStatus } from "@/db/schema";
import { actionLabels, actionsFor, type ModerationAction } from "@/lib/moderation/transitions";
import { type ModerationState, moderate, undo } from "./actions";
import { QueueBlockForm, QueueEditForm, QueueReplyForm } from "./queue-row-forms";

/** A queue row as the browser gets it: dates formatted, the comment rendered. */
export type QueueItem = Omit<QueueRow, "createdAt" | "editedAt" | "moderationReason" | "bodyHtml" | "bodyHtmlVersion"> & {
  html: string;
  reason: string | null;
  when: string;
  createdAt: string;
  edited: boolean;
};

type Filters = { view: string; postId?: number; author?: string; ip?: string; search?: string };

const UNDO_SHOWN_MS = 8_000;

const shortcuts: [string, string][] = [
  ["j / k", "Next / previous comment"],
  ["x", "Select or unselect the comment"],
  ["a", "Approve"],
  ["u", "Unapprove"],
  ["s", "Mark as spam"],
  ["t", "Move to the trash"],
  ["z", "Undo the last action"],
  ["r", "Reply to the highlighted comment"],
  ["e", "Edit the highlighted comment"],
  ["Esc", "Close a reply or edit form"],
  ["Enter", "Open the comment on its article"],
  ["?", "Show or hide these shortcuts"],
];

const keyActions: Record<string, ModerationAction> = { a: "approve", u: "unapprove", s: "spam", t: "trash" };

const reasons: Record<string, string> = {
  "first-time-commenter": "First comment from this person",
  "too-many-links": "Too many links",
  "moderation-keyword": "Matched the moderation list",
  "manual-approval": "Every comment needs approval",
  "disallowed-keyword": "Matched the block list",
  honeypot: "Filled the hidden bot field",
  "too-fast": "Sent faster than a person types",
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
  filters: Filters;
  hasMore: boolean;
  /** Comments in this view when no filter narrows it; null when filtered. */
  total: number | null;
}) {
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [message, setMessage] = useState("");
  const [undoable, setUndoable] = useState<{ eventId: number; until: number } | null>(null);
  const [raw, setRaw] = useState<Set<number>>(new Set());
  const [help, setHelp] = useState(false);
  const [open, setOpen] = useState<{ id: number; kind: "reply" | "edit" | "block" } | null>(null);
  const [pending, startTransition] = useTransition();
  const rowRefs = useRef<(HTMLLIElement | null)[]>([]);
  const focusRow = Math.min(focus, Math.max(0, items.length - 1));

  const selectedItems = items.filter((item) => selected.has(item.id));

  const report = useCallback((state: ModerationState) => {
    setMessage(state.message);
    setUndoable(state.eventId ? { eventId: state.eventId, until: Date.now() + UNDO_SHOWN_MS } : null);
  }, []);

  const run = useCallback(
    (action: ModerationAction, targets: QueueItem[], everyMatching = false) => {
      if (!everyMatching && targets.length === 0) return;
      if (action === "delete" && !window.confirm(everyMatching ? "Delete every matching comment for good?" : `Delete ${targets.length === 1 ? "this comment" : `${targets.length} comments`} for good, with any replies?`)) {
        return;
      }
      const data = new FormData();
      data.set("action", action);
      if (everyMatching) {
        data.set("allMatching", "1");
        for (const [key, value] of Object.entries(filters)) if (value !== undefined) data.set(key, String(value));
      } else {
        for (const item of targets) data.append("item", `${item.id}:${item.status}`);
      }
      startTransition(async () => {
        report(await moderate(data));
        setSelected(new Set());
        setAllMatching(false);
      });
    },
    [filters, report],
  );

  const runUndo = useCallback(() => {
    if (!undoable) return;
    const { eventId } = undoable;
    startTransition(async () => report(await undo(eventId)));
  }, [undoable, report]);

  // The undo offer lapses after a few seconds.
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => setUndoable(null), undoable.until - Date.now());
    return () => clearTimeout(timer);
  }, [undoable]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable)) return;
      const current = items[focusRow];
      const targets = selectedItems.length ? selectedItems : current ? [current] : [];
      const key = event.key;
      if (key === "?") {
        setHelp((open) => !open);
      } else if (key === "Escape") {
        setHelp(false);
      } else if (key === "j" || key === "k") {
        const next = Math.max(0, Math.min(items.length - 1, focusRow + (key === "j" ? 1 : -1)));
        setFocus(next);
        rowRefs.current[next]?.focus();
      } else if (key === "x" && current) {
        setSelected((set) => {
          const copy = new Set(set);
          if (copy.has(current.id)) copy.delete(current.id);
          else copy.add(current.id);
          return copy;
        });
      } else if (keyActions[key]) {
        const action = keyActions[key];
        run(action, targets.filter((item) => actionsFor(item.status).includes(action)));
      } else if (key === "z") {
        runUndo();
      } else if ((key === "r" || key === "e") && current) {
        setOpen({ id: current.id, kind: key === "r" ? "reply" : "edit" });
      } else if (key === "Enter" && current && target === rowRefs.current[focusRow]) {
        window.location.href = current.status === "approved" ? `/comment/${current.id}` : `/posts/${current.postSlug}`;
      } else {
        return;
      }
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [items, focusRow, selectedItems, run, runUndo]);

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
      setMessage(text);
      setUndoable(eventId ? { eventId, until: Date.now() + UNDO_SHOWN_MS } : null);
      closeForm();
    },
    [closeForm],
  );

  const bulkActions = [...new Set(selectedItems.flatMap((item) => actionsFor(item.status)))];
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

      <div className="sticky top-0 z-10 mt-2 flex flex-wrap items-center gap-3 border-b border-stone-300 bg-stone-50 py-2 text-sm dark:border-stone-700 dark:bg-stone-950">
        <label className="flex items-center gap-2 font-semibold">
          <input
            type="checkbox"
            checked={allOnPage}
            onChange={(event) => {
              setSelected(event.target.checked ? new Set(items.map((item) => item.id)) : new Set());
              setAllMatching(false);
            }}
          />
          Select all on this page
        </label>
        {allOnPage && (hasMore || (total !== null && total > items.length)) && !allMatching && (
          <button type="button" className="underline" onClick={() => setAllMatching(true)}>
            Select all {total !== null ? total.toLocaleString("en-GB") : ""} matching comments
          </button>
        )}
        {allMatching && <span>All matching comments are selected.</span>}
        {(selectedItems.length > 0 || allMatching) && (
          <div className="flex flex-wrap gap-2" role="group" aria-label="Bulk actions">
            {(allMatching ? actionsFor(view === "reported" ? "approved" : (view as CommentStatus)) : bulkActions).map((action) => (
              <button
                key={action}
                type="button"
                disabled={pending}
                onClick={() => run(action, selectedItems.filter((item) => actionsFor(item.status).includes(action)), allMatching)}
                className="rounded border border-stone-500 px-2 py-1 font-semibold"
              >
                {actionLabels[action].verb} {allMatching ? "all" : `(${selectedItems.filter((item) => actionsFor(item.status).includes(action)).length})`}
              </button>
            ))}
          </div>
        )}
        {(view === "spam" || view === "trash") && items.length > 0 && (
          <button type="button" disabled={pending} className="ml-auto rounded border border-accent px-2 py-1 font-semibold text-accent" onClick={() => run("delete", [], true)}>
            Empty {view}
          </button>
        )}
        <button type="button" className="ml-auto text-stone-600 underline dark:text-stone-400" onClick={() => setHelp(true)}>
          Keyboard shortcuts (?)
        </button>
      </div>

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
                onChange={(event) => {
                  const copy = new Set(selected);
                  if (event.target.checked) copy.add(item.id);
                  else copy.delete(item.id);
                  setSelected(copy);
                  setAllMatching(false);
                }}
                className="mt-1"
              />
              <div className="min-w-0 flex-1 text-sm">
                <p className="flex flex-wrap gap-x-3">
                  <strong>{item.authorName}</strong>
                  <a href={`/admin/comments?view=${view}&author=${encodeURIComponent(item.authorEmail)}`} className="break-all underline">
                    {item.authorEmail}
                  </a>
                  {item.authorUrl && <span className="break-all">{item.authorUrl}</span>}
                  {item.ip && (
                    <a href={`/admin/comments?view=${view}&ip=${encodeURIComponent(item.ip)}`} className="underline">
                      {item.ip}
                    </a>
                  )}
                  <span>{item.approvedCount === 1 ? "1 approved comment" : `${item.approvedCount} approved comments`}</span>
                </p>
                <p className="mt-1 text-stone-600 dark:text-stone-400">
                  On{" "}
                  <a href={`/posts/${item.postSlug}`} className="underline">
                    {item.postHeadline}
                  </a>{" "}
                  · <time dateTime={item.createdAt}>{item.when}</time>
                  {item.edited && " · edited"}
                  {item.reason && reasons[item.reason] && item.status !== "approved" && <> · Held: {reasons[item.reason]}</>}
                  {item.reportCount > 0 && <> · {item.reportCount === 1 ? "1 report" : `${item.reportCount} reports`}</>}
                  {" · "}
                  <a href={`/admin/comments?view=${view}&post=${item.postId}`} className="underline">
                    this post only
                  </a>
                </p>
                {item.parentAuthor && (
                  <p className="mt-1 border-l-2 border-stone-400 pl-2 text-stone-600 dark:text-stone-400">
                    In reply to {item.parentAuthor}: {item.parentExcerpt}
                  </p>
                )}
                {raw.has(item.id) ? (
                  <pre className="mt-2 font-mono text-xs whitespace-pre-wrap">{item.body}</pre>
                ) : (
                  <div className="prose prose-stone prose-sm mt-2 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: item.html }} />
                )}
                <div className="mt-2 flex flex-wrap gap-2">
                  {actionsFor(item.status).map((action) => (
                    <button
                      key={action}
                      type="button"
                      disabled={pending}
                      onClick={() => run(action, [item])}
                      className="rounded border border-stone-500 px-2 py-0.5 font-semibold"
                      aria-label={`${actionLabels[action].verb} the comment by ${item.authorName}`}
                    >
                      {actionLabels[action].verb}
                    </button>
                  ))}
                  {(item.status === "pending" || item.status === "approved") && (
                    <button type="button" className="underline" onClick={() => setOpen({ id: item.id, kind: "reply" })}>
                      Reply
                    </button>
                  )}
                  <button type="button" className="underline" onClick={() => setOpen({ id: item.id, kind: "edit" })}>
                    Edit
                  </button>
                  <button type="button" className="underline" onClick={() => setOpen({ id: item.id, kind: "block" })}>
                    Block…
                  </button>
                  <button
                    type="button"
                    className="underline"
                    aria-pressed={raw.has(item.id)}
                    onClick={() => {
                      const copy = new Set(raw);
                      if (copy.has(item.id)) copy.delete(item.id);
                      else copy.add(item.id);
                      setRaw(copy);
                    }}
                  >
                    {raw.has(item.id) ? "Show formatted" : "Show original"}
                  </button>
                </div>
                {open?.id === item.id && open.kind === "reply" && (
                  <QueueReplyForm commentId={item.id} authorName={item.authorName} onDone={formDone} onCancel={closeForm} />
                )}
                {open?.id === item.id && open.kind === "edit" && <QueueEditForm comment={item} onDone={formDone} onCancel={closeForm} />}
                {open?.id === item.id && open.kind === "block" && <QueueBlockForm comment={item} onDone={formDone} onCancel={closeForm} />}
              </div>
            </li>
          ))}
        </ul>
      )}

      {help && (
        <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="fixed inset-0 z-20 flex items-center justify-center bg-black/40" onClick={() => setHelp(false)}>
          <div className="rounded bg-white p-6 text-sm shadow-lg dark:bg-stone-900" onClick={(event) => event.stopPropagation()}>
            <h2 id="shortcuts-title" className="font-serif text-xl font-bold">
              Keyboard shortcuts
            </h2>
            <p className="mt-1 text-stone-600 dark:text-stone-400">Actions apply to the selected comments, or to the highlighted one when none is selected.</p>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              {shortcuts.map(([keys, what]) => (
                <div key={keys} className="contents">
                  <dt>
                    <kbd className="rounded border px-1 font-mono">{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
            <button type="button" className="mt-4 rounded border border-stone-500 px-3 py-1 font-semibold" onClick={() => setHelp(false)} autoFocus>
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
