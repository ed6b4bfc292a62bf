"use client";

import type { RefObject } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { OwnCommentState } from "@/lib/comments/action-states";

/** The commenter's own text in a form, while they may still change it. */
export function OwnCommentEditForm({
  id,
  body,
  state,
  action,
  pending,
  textareaRef,
  onCancel,
}: {
  id: number;
  body: string;
  state: OwnCommentState;
  action: (formData: FormData) => void;
  pending: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onCancel: () => void;
}) {
  return (
    <form action={action} className="mt-2 flex flex-col gap-2" key={state.submission} aria-label="Edit your comment">
      <input type="hidden" name="commentId" value={id} />
      <FormAlert message={state.ok ? undefined : state.formError} />
      <TextAreaField
        ref={textareaRef}
        label="Edit your comment"
        name="body"
        rows={5}
        maxLength={65_525}
        defaultValue={state.ok ? body : (state.values?.body ?? body)}
        error={state.ok ? undefined : state.fieldErrors?.body}
      />
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingText="Saving…">
          Save changes
        </SubmitButton>
        <button type="button" className="rounded border border-stone-500 px-4 py-2 font-semibold" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
