"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signUp } from "../actions";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, {});
  if (state.ok) {
    return (
      <Notice>
        Check your inbox. We’ve sent a link to <strong>{state.values?.email}</strong>: open it to choose your password and
        finish creating your account. It works for 24 hours.
      </Notice>
    );
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.submission}>
      <p className="text-sm text-stone-600 dark:text-stone-400">Required fields are marked *</p>
      <FormAlert message={state.formError} />
      <TextField label="Display name" name="name" autoComplete="name" required maxLength={245} defaultValue={state.values?.name} error={state.fieldErrors?.name} hint="Shown with your comments." />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} hint="Never published." />
      <SubmitButton pending={pending} pendingText="Sending the link…">
        Send me the link
      </SubmitButton>
    </form>
  );
}
