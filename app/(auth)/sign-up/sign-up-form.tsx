"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/password";
import { signUp } from "./actions";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, {});
  if (state.ok) {
    return (
      <Notice>
        Check your inbox. We’ve sent a link to <strong>{state.values?.email}</strong> to confirm the address and finish
        creating your account. It works for 24 hours.
      </Notice>
    );
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.submission}>
      <p className="text-sm text-stone-600 dark:text-stone-400">Required fields are marked *</p>
      <FormAlert message={state.formError} />
      <TextField label="Display name" name="name" autoComplete="name" required maxLength={245} defaultValue={state.values?.name} error={state.fieldErrors?.name} hint="Shown with your comments." />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} hint="Never published." />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required error={state.fieldErrors?.password} hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few words together work well.`} />
      <TextField label="Confirm password" name="confirmPassword" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirmPassword} />
      <SubmitButton pending={pending} pendingText="Creating account…">
        Create account
      </SubmitButton>
    </form>
  );
}
