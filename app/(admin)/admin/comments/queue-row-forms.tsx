"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { editAsModerator, type QueueFormState, replyAsModerator } from "./actions";

type Done = (message: string, eventId?: number) => void;

/**
 * Reports success from inside the action: a reply that approves a held comment
 * removes its row (and this form) in the same update that brings the result.
 */
function reporting(action: (previous: QueueFormState, formData: FormData) => Promise<QueueFormState>, onDone: Done, message: string) {
  return async (previous: QueueFormState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) onDone(message, result.eventId);
    return result;
  };
}

function FormButtons({ pending, pendingText, label, onCancel }: { pending: boolean; pendingText: string; label: string; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <SubmitButton pending={pending} pendingText={pendingText}>
        {label}
      </SubmitButton>
      <button type="button" onClick={onCancel} className="rounded border border-stone-500 px-3 py-1 font-semibold">
        Cancel
      </button>
    </div>
  );
}

export function QueueReplyForm({ commentId, authorName, onDone, onCancel }: { commentId: number; authorName: string; onDone: Done; onCancel: () => void }) {
  const [state, action, pending] = useActionState<QueueFormState, FormData>(reporting(replyAsModerator, onDone, `Reply to ${authorName} published.`), {});
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <form action={action} aria-label={`Reply to ${authorName}`} className="mt-2 flex flex-col gap-2" key={state.submission} onKeyDown={(event) => event.key === "Escape" && onCancel()}>
      <input type="hidden" name="commentId" value={commentId} />
      <FormAlert message={state.formError} />
      <TextAreaField
        ref={ref}
        label={`Your reply to ${authorName}`}
        hint="Published at once; a held comment is approved with it."
        name="body"
        rows={4}
        defaultValue={state.values?.body}
        error={state.fieldErrors?.body}
      />
      <FormButtons pending={pending} pendingText="Publishing…" label="Publish reply" onCancel={onCancel} />
    </form>
  );
}

export function QueueEditForm({
  comment,
  onDone,
  onCancel,
}: {
  comment: { id: number; body: string; authorName: string; authorEmail: string; authorUrl: string | null };
  onDone: Done;
  onCancel: () => void;
}) {
  const [state, action, pending] = useActionState<QueueFormState, FormData>(reporting(editAsModerator, onDone, `Comment by ${comment.authorName} saved.`), {});
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const values = state.ok ? undefined : state.values;
  return (
    <form action={action} aria-label={`Edit the comment by ${comment.authorName}`} className="mt-2 flex flex-col gap-2" key={state.submission} onKeyDown={(event) => event.key === "Escape" && onCancel()}>
      <input type="hidden" name="commentId" value={comment.id} />
      <FormAlert message={state.formError} />
      <div className="grid gap-2 sm:grid-cols-3">
        <TextField label="Name" name="name" required defaultValue={values?.name ?? comment.authorName} error={state.fieldErrors?.name} />
        <TextField label="Email" name="email" type="email" required defaultValue={values?.email ?? comment.authorEmail} error={state.fieldErrors?.email} />
        <TextField label="Website" name="url" type="url" defaultValue={values?.url ?? comment.authorUrl ?? ""} error={state.fieldErrors?.url} />
      </div>
      <TextAreaField ref={ref} label="Comment text" name="body" rows={5} defaultValue={values?.body ?? comment.body} error={state.fieldErrors?.body} />
      <FormButtons pending={pending} pendingText="Saving…" label="Save comment" onCancel={onCancel} />
    </form>
  );
}
