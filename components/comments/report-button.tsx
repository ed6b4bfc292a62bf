"use client";

import { useActionState } from "react";
import type { ReportState } from "@/lib/comments/action-states";
import { useCommentActions } from "./comment-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { useViewerComments } from "./viewer-comments";

const reasons = [
  ["spam", "Spam or advertising"],
  ["abuse", "Abusive or hateful"],
  ["off-topic", "Off topic"],
  ["other", "Something else"],
] as const;

/** Lets a reader flag a published comment for the moderators. Not offered on the reader's own comments. */
export function ReportButton({ id, name }: { id: number; name: string }) {
  const { changeable } = useViewerComments();
  const { reportComment } = useCommentActions();
  const [state, action, pending] = useActionState<ReportState, FormData>(reportComment, {});
  if (changeable.has(id)) return null;
  if (state.ok) {
    return (
      <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {state.message}
      </p>
    );
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-stone-600 underline dark:text-stone-400" aria-label={`Report the comment by ${name}`}>
        Report
      </summary>
      <form action={action} className="mt-2 flex flex-col gap-2 rounded border border-stone-300 p-3 dark:border-stone-700">
        <input type="hidden" name="commentId" value={id} />
        <fieldset>
          <legend className="font-semibold">What is wrong with this comment?</legend>
          {reasons.map(([value, label]) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input type="radio" name="reason" value={value} required />
              {label}
            </label>
          ))}
        </fieldset>
        {state.formError && (
          <p role="alert" className="font-semibold text-accent dark:text-accent-dark">
            {state.formError}
          </p>
        )}
        <div>
          <SubmitButton pending={pending} pendingText="Sending…">
            Send report
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
