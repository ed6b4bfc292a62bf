"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmAccount } from "./actions";

// A button rather than a plain link visit: mail scanners that open links must not
// be able to use up the token.
export function ConfirmForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(confirmAccount, {});
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormAlert message={state.formError} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingText="Creating your account…">
        Confirm and create my account
      </SubmitButton>
    </form>
  );
}
