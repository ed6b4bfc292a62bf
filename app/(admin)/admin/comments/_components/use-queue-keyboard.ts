"use client";

import { type RefObject, useEffect } from "react";
import { actionsFor, type ModerationAction } from "@/lib/moderation/transitions";
import type { OpenForm, QueueItem } from "./queue-item";

const keyActions: Record<string, ModerationAction> = { a: "approve", u: "unapprove", s: "spam", t: "trash" };

/** j/k move, x selects, a/u/s/t act, z undoes, r/e open a form, Enter opens the comment, ? lists them. */
export function useQueueKeyboard(options: {
  items: QueueItem[];
  focusRow: number;
  selectedItems: QueueItem[];
  rowRefs: RefObject<(HTMLLIElement | null)[]>;
  setFocus: (index: number) => void;
  toggleSelected: (id: number) => void;
  setHelp: (update: (open: boolean) => boolean) => void;
  setOpen: (form: OpenForm) => void;
  run: (action: ModerationAction, targets: QueueItem[]) => void;
  runUndo: () => void;
}) {
  const { items, focusRow, selectedItems, rowRefs, setFocus, toggleSelected, setHelp, setOpen, run, runUndo } = options;
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
        setHelp(() => false);
      } else if (key === "j" || key === "k") {
        const next = Math.max(0, Math.min(items.length - 1, focusRow + (key === "j" ? 1 : -1)));
        setFocus(next);
        rowRefs.current[next]?.focus();
      } else if (key === "x" && current) {
        toggleSelected(current.id);
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
  }, [items, focusRow, selectedItems, rowRefs, setFocus, toggleSelected, setHelp, setOpen, run, runUndo]);
}
