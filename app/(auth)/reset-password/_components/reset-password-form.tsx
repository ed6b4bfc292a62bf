"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password";
import { chooseNewPassword } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(chooseNewPassword, {});
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.submission}>
      <FormAlert message={state.formError} />
      <input type="hidden" name="token" value={token} />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required error={state.fieldErrors?.password} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
      <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirmPassword} />
      <SubmitButton pending={pending} pendingText="Saving…">
        Save new password
      </SubmitButton>
    </form>
  );
}
