"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password";
import { confirmAccount } from "../actions";

export function ConfirmSignUpForm({ token, email, name }: { token: string; email: string; name: string }) {
  const [state, action, pending] = useActionState(confirmAccount, {});
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.submission}>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Creating the account for <strong>{email}</strong>. Required fields are marked *
      </p>
      <FormAlert message={state.formError} />
      <input type="hidden" name="token" value={token} />
      {/* The address the link was sent to, for password managers. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField label="Display name" name="name" autoComplete="name" required maxLength={245} defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} hint="Shown with your comments." />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required error={state.fieldErrors?.password} hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few words together work well.`} />
      <TextField label="Confirm password" name="confirmPassword" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirmPassword} />
      <SubmitButton pending={pending} pendingText="Creating your account…">
        Create my account
      </SubmitButton>
    </form>
  );
}
