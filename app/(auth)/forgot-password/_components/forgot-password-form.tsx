"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { forgotPassword } from "../actions";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(forgotPassword, {});
  if (state.ok) {
    return (
      <Notice>
        If an account uses <strong>{state.values?.email}</strong>, we’ve sent it a link to choose a new password. The
        link works once, within an hour.
      </Notice>
    );
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.submission}>
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <SubmitButton pending={pending} pendingText="Sending…">
        Send reset link
      </SubmitButton>
    </form>
  );
}
