"use client";

import { useActionState, useId } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";

type RequestState = ActionState<"email" | "kind">;

/** An admin enters the address and what its owner asked for; the typed address stays after a refusal. */
export function PersonalDataRequestForm({ action }: { action: (previous: RequestState, formData: FormData) => Promise<RequestState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const kindId = useId();
  const kind = state.values?.kind ?? "export";
  return (
    <form action={formAction} className="mt-4 flex max-w-md flex-col gap-4" noValidate>
      <FormAlert message={state.formError} />
      {state.ok && state.message && <Notice>{state.message}</Notice>}
      <TextField
        key={`email-${state.submission ?? 0}`}
        label="Email address"
        name="email"
        type="email"
        required
        autoComplete="off"
        defaultValue={state.ok ? "" : (state.values?.email ?? "")}
        error={state.fieldErrors?.email}
      />
      <fieldset key={`kind-${state.submission ?? 0}`} aria-describedby={state.fieldErrors?.kind ? `${kindId}-error` : undefined}>
        <legend className="text-sm font-semibold">
          They asked to <span aria-hidden="true">*</span>
        </legend>
        <label className="mt-1 flex items-center gap-2">
          <input type="radio" name="kind" value="export" defaultChecked={kind === "export"} /> get a copy of their data
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="erase" defaultChecked={kind === "erase"} /> have their data erased
        </label>
        {state.fieldErrors?.kind && (
          <p id={`${kindId}-error`} className="mt-1 text-sm text-accent">
            {state.fieldErrors.kind}
          </p>
        )}
      </fieldset>
      <div>
        <SubmitButton pending={pending} pendingText="Sending…">
          Send confirmation link
        </SubmitButton>
      </div>
    </form>
  );
}

/** Carries out a confirmed erasure, with its outcome beside the button. */
export function EraseButton({ id, action }: { id: number; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <FormAlert message={state.formError} />
      {state.ok && state.message ? (
        <Notice>{state.message}</Notice>
      ) : (
        <div>
          <SubmitButton pending={pending} pendingText="Erasing…">
            Erase personal data
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
