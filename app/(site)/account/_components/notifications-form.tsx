"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateNotifications } from "../actions";
import { Section } from "./account-forms";

const labels = {
  "comment-held": "Email me when a comment is held for moderation",
  "comment-on-my-post": "Email me about new comments on my posts",
  "replies-to-me": "Email me about replies to all my comments (or tick the box under each comment)",
} as const;

/** The emails this account can get, each on or off. */
export function NotificationsForm({ choices }: { choices: Partial<Record<keyof typeof labels, boolean>> }) {
  const [state, action, pending] = useActionState(updateNotifications, {});
  const kinds = (Object.keys(labels) as (keyof typeof labels)[]).filter((kind) => choices[kind] !== undefined);
  if (kinds.length === 0) return null;
  return (
    <Section title="Email notifications" id="notifications-heading">
      <form action={action} className="flex flex-col gap-3" key={state.submission}>
        {state.ok && <Notice>{state.message}</Notice>}
        <FormAlert message={state.formError} />
        {kinds.map((kind) => (
          <label key={kind} className="flex items-center gap-2">
            <input type="checkbox" name={kind} defaultChecked={state.data?.[kind] ?? choices[kind]} className="h-4 w-4" />
            {labels[kind]}
          </label>
        ))}
        <div>
          <SubmitButton pending={pending} pendingText="Saving…">
            Save email choices
          </SubmitButton>
        </div>
      </form>
    </Section>
  );
}
