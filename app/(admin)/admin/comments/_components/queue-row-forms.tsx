"use client";

import { useActionState, useEffect, useRef, useTransition } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { editAsModerator, type QueueFormState, replyAsModerator } from "../actions";
import { blockCommenterAction, type BlockFormState, deleteAllByCommenterAction } from "../commenter-actions";

type Done = (message: string, eventId?: number | null) => void;

/**
 * Reports success from inside the action: a reply that approves a held comment
 * removes its row (and this form) in the same update that brings the result.
 */
function reporting(action: (previous: QueueFormState, formData: FormData) => Promise<QueueFormState>, onDone: Done, message: string) {
  return async (previous: QueueFormState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) onDone(message, result.data?.eventId);
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
    <form action={action} noValidate aria-label={`Reply to ${authorName}`} className="mt-2 flex flex-col gap-2" key={state.submission} onKeyDown={(event) => event.key === "Escape" && onCancel()}>
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
    <form action={action} noValidate aria-label={`Edit the comment by ${comment.authorName}`} className="mt-2 flex flex-col gap-2" key={state.submission} onKeyDown={(event) => event.key === "Escape" && onCancel()}>
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

/** Block or suspend the commenter behind a comment, by account, email or address. */
export function QueueBlockForm({
  comment,
  onDone,
  onCancel,
}: {
  comment: { authorName: string; authorEmail: string; ip: string | null; userId: string | null };
  onDone: Done;
  onCancel: () => void;
}) {
  const [state, action, pending] = useActionState<BlockFormState, FormData>(async (previous, formData) => {
    const result = await blockCommenterAction(previous, formData);
    if (result.ok) onDone(result.message ?? "Blocked.", result.data?.eventId);
    return result;
  }, {});
  const values = state.ok ? undefined : state.values;
  const options: [string, string, string][] = [
    ...(comment.userId ? [["account", comment.userId, `their account (${comment.authorName})`] as [string, string, string]] : []),
    ["email", comment.authorEmail, `their email address (${comment.authorEmail})`],
    ...(comment.ip ? [["ip", comment.ip, `their IP address (${comment.ip})`] as [string, string, string]] : []),
  ];
  const [deleting, startDelete] = useTransition();
  return (
    <form action={action} noValidate aria-label={`Block ${comment.authorName}`} className="mt-2 flex flex-col gap-3 rounded border border-stone-400 p-3" key={state.submission} onKeyDown={(event) => event.key === "Escape" && onCancel()}>
      <FormAlert message={state.formError} />
      <fieldset>
        <legend className="font-semibold">Block by</legend>
        {options.map(([kind, value, label], index) => (
          <label key={kind} className="mt-1 flex items-center gap-2">
            <input type="radio" name="kind" value={kind} defaultChecked={values?.kind ? values.kind === kind : index === 0} />
            <input type="hidden" name={`value-${kind}`} value={value} />
            {label}
          </label>
        ))}
        {state.fieldErrors?.kind && <p className="font-semibold text-accent dark:text-accent-dark">{state.fieldErrors.kind}</p>}
      </fieldset>
      <TextAreaField label="Reason" name="reason" required rows={2} defaultValue={values?.reason} error={state.fieldErrors?.reason} hint="Other moderators see this." />
      <TextField label="Until" name="endsAt" type="date" defaultValue={values?.endsAt} error={state.fieldErrors?.endsAt} hint="Leave empty to block until lifted; a date makes it a suspension that ends by itself." />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="hideExisting" />
        Hide their existing comments (moved to spam; restored if the block is lifted)
      </label>
      <div className="flex flex-wrap gap-2">
        <FormButtons pending={pending} pendingText="Blocking…" label="Block" onCancel={onCancel} />
        <button
          type="button"
          disabled={deleting}
          className="rounded border border-accent px-3 py-1 font-semibold text-accent"
          onClick={(event) => {
            const form = event.currentTarget.form;
            const kind = (form?.elements.namedItem("kind") as RadioNodeList | null)?.value ?? "email";
            const value = (form?.elements.namedItem(`value-${kind}`) as HTMLInputElement | null)?.value ?? "";
            if (!window.confirm(`Delete every comment by this ${kind === "ip" ? "IP address" : kind} for good?`)) return;
            startDelete(async () => {
              const result = await deleteAllByCommenterAction(kind, value);
              onDone(result.message ?? result.formError ?? "", result.data?.eventId);
            });
          }}
        >
          Delete all their comments
        </button>
      </div>
    </form>
  );
}
