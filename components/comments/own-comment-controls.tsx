"use client";

import { type ReactNode, useActionState, useEffect, useRef, useState, useTransition } from "react";
import type { OwnCommentState } from "@/lib/comments/action-states";
import { useCommentActions } from "./comment-actions";
import { OwnCommentEditForm } from "./own-comment-edit-form";
import { useViewerComments } from "./viewer-comments";

function minutesLeft(until: string, now: number): number {
  return Math.max(0, Math.ceil((new Date(until).getTime() - now) / 60_000));
}

const outcomes: Record<NonNullable<OwnCommentState["data"]>["status"], string> = {
  approved: "Your change is saved and published.",
  pending: "Your change is saved. The comment is now awaiting moderation, and only you can see it.",
  spam: "Your change is saved. The comment is now awaiting moderation, and only you can see it.",
  deleted: "Your comment was deleted.",
};

/**
 * Edit and Delete on one of the viewer's own comments, with the time left to
 * use them. Loaded only when the viewer has such a comment (see OwnCommentTools).
 */
export function OwnCommentControls({ id, children }: { id: number; children: ReactNode }) {
  const { changeable, refresh, announce } = useViewerComments();
  const { editComment, deleteComment } = useCommentActions();
  const mine = changeable.get(id);
  const [editing, setEditing] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [state, action, pending] = useActionState<OwnCommentState, FormData>(editComment, {});
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const handled = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!mine) return;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [mine]);

  useEffect(() => {
    if (!state.ok || !state.data || handled.current === state.submission) return;
    handled.current = state.submission;
    announce(outcomes[state.data.status]);
    setEditing(false);
    refresh();
    document.getElementById("comment-notice")?.focus();
  }, [state, announce, refresh]);

  useEffect(() => {
    if (editing) textareaRef.current?.focus();
  }, [editing]);

  const left = mine ? minutesLeft(mine.until, now) : 0;
  if (!mine || left === 0) return <>{children}</>;

  if (editing) {
    return (
      <OwnCommentEditForm
        id={id}
        body={mine.body}
        state={state}
        action={action}
        pending={pending}
        textareaRef={textareaRef}
        onCancel={() => {
          setEditing(false);
          requestAnimationFrame(() => editButtonRef.current?.focus());
        }}
      />
    );
  }

  return (
    <>
      {children}
      <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <button ref={editButtonRef} type="button" className="font-semibold underline" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          className="font-semibold underline"
          disabled={deleting}
          onClick={() => {
            if (!window.confirm("Delete your comment? This can’t be undone.")) return;
            startDelete(async () => {
              const result = await deleteComment(id);
              if (!result.ok) {
                setDeleteError(result.formError ?? "That comment couldn’t be deleted.");
                return;
              }
              announce(outcomes.deleted);
              refresh();
              document.getElementById("comment-notice")?.focus();
            });
          }}
        >
          {deleting ? "Deleting…" : "Delete"}
        </button>
        <span className="text-stone-600 dark:text-stone-400">
          You can change this for {left === 1 ? "1 more minute" : `${left} more minutes`}.
        </span>
      </div>
      {deleteError && (
        <p role="alert" className="text-sm font-semibold text-accent dark:text-accent-dark">
          {deleteError}
        </p>
      )}
    </>
  );
}
