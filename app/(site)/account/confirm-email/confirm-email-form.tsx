"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmNewEmail } from "../actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(confirmNewEmail, {});
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4">
      <FormAlert message={state.formError} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingText="Saving…">
        Use this email address
      </SubmitButton>
    </form>
  );
}
