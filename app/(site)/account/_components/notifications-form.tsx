"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type HeldChoice, heldChoiceLabel, heldChoices } from "@/lib/notifications/held-choice";
import { updateNotifications } from "../actions";
import { Section } from "./account-forms";

const switches = {
  "comment-on-my-post": "Email me about new comments on my posts",
  "replies-to-me": "Email me about replies to all my comments (or tick the box under each comment)",
} as const;

type Choices = { "comment-held"?: HeldChoice; "comment-on-my-post"?: boolean; "replies-to-me"?: boolean };

/** The emails this account can get: held comments each, as a digest or not at all; the rest on or off. */
export function NotificationsForm({ choices }: { choices: Choices }) {
  const [state, action, pending] = useActionState(updateNotifications, {});
  const shown = { ...choices, ...(state.data as Choices | undefined) };
  const kinds = (Object.keys(switches) as (keyof typeof switches)[]).filter((kind) => choices[kind] !== undefined);
  return (
    <Section title="Email notifications" id="notifications-heading">
      <form action={action} className="flex flex-col gap-3" key={state.submission}>
        {state.ok && <Notice>{state.message}</Notice>}
        <FormAlert message={state.formError} />
        {choices["comment-held"] !== undefined && (
          <label className="flex flex-col gap-1">
            <span>Emails about comments held for moderation</span>
            <select name="comment-held" defaultValue={shown["comment-held"]} className="w-fit rounded border border-stone-400 bg-white px-2 py-1 dark:bg-stone-900">
              {heldChoices.map((choice) => (
                <option key={choice} value={choice}>
                  {heldChoiceLabel(choice)}
                </option>
              ))}
            </select>
          </label>
        )}
        {kinds.map((kind) => (
          <label key={kind} className="flex items-center gap-2">
            <input type="checkbox" name={kind} defaultChecked={shown[kind]} className="h-4 w-4" />
            {switches[kind]}
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
