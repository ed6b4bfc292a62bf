"use client";

import { useCallback, useEffect, useState, useTransition } from "react";
import type { ModerationAction } from "@/lib/moderation/transitions";
import { type ModerationState, moderate, undo } from "../actions";
import type { QueueFilters, QueueItem } from "./queue-item";

const UNDO_SHOWN_MS = 8_000;

/** Running moderation actions from the queue: one, a selection or every match; the outcome and its undo. */
export function useQueueActions(filters: QueueFilters, afterRun: () => void) {
  const [message, setMessage] = useState("");
  const [undoable, setUndoable] = useState<{ eventId: number; until: number } | null>(null);
  const [pending, startTransition] = useTransition();

  const announce = useCallback((text: string, eventId?: number | null) => {
    setMessage(text);
    setUndoable(eventId ? { eventId, until: Date.now() + UNDO_SHOWN_MS } : null);
  }, []);
  const report = useCallback((state: ModerationState) => announce(state.message ?? state.formError ?? "", state.data?.eventId), [announce]);

  const run = useCallback(
    (action: ModerationAction, targets: QueueItem[], everyMatching = false) => {
      if (!everyMatching && targets.length === 0) return;
      const what = everyMatching ? "every matching comment" : targets.length === 1 ? "this comment" : `${targets.length} comments`;
      if (action === "delete" && !window.confirm(`Delete ${what} for good, with any replies?`)) return;
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
        afterRun();
      });
    },
    [filters, report, afterRun],
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

  return { message, undoable: undoable !== null, pending, run, runUndo, announce };
}
