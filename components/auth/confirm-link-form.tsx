"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * The button on a page reached from an emailed link. A button rather than the
 * visit itself: mail scanners that open links must not use up the token.
 */
export function ConfirmLinkForm({
  token,
  action,
  label,
  pendingLabel,
}: {
  token: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex max-w-sm flex-col gap-4">
      <FormAlert message={state.formError} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingText={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
