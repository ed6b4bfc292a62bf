"use client";

import { type ReactNode, useActionState, useId } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { DiscussionSettings } from "@/lib/settings/discussion";
import type { DiscussionField } from "@/lib/settings/discussion-form";
import { type DiscussionFormState, saveDiscussionSettings } from "./actions";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-stone-300 pt-4 dark:border-stone-700">
      <legend className="pr-2 font-serif text-xl font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}

function Checkbox({ name, label, checked, hint }: { name: DiscussionField; label: string; checked: boolean; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" name={name} defaultChecked={checked} className="mt-1" aria-describedby={hint ? `${id}-hint` : undefined} />
      <div>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

function WordList({ name, label, hint, value, error }: { name: DiscussionField; label: string; hint: string; value: string; error?: string }) {
  return <TextAreaField name={name} label={label} hint={hint} rows={6} defaultValue={value} error={error} className="font-mono text-sm" />;
}

export function DiscussionSettingsForm({ settings }: { settings: DiscussionSettings }) {
  const [state, action, pending] = useActionState<DiscussionFormState, FormData>(saveDiscussionSettings, {});
  const orderId = useId();
  // After a refusal the form shows what was typed; otherwise what is saved.
  const typed = state.ok ? undefined : state.values;
  const text = (field: DiscussionField, saved: string | number | null) => typed?.[field] ?? (saved === null ? "" : String(saved));
  const checked = (field: DiscussionField, saved: boolean) => (typed ? typed[field] === "on" : saved);
  const error = (field: DiscussionField) => state.fieldErrors?.[field];
  const number = { inputMode: "numeric" as const, className: "w-32" };

  return (
    <form action={action} noValidate className="mt-6 flex flex-col gap-8" key={state.submission}>
      <FormAlert message={state.formError} />
      {state.ok && <Notice>Discussion settings saved.</Notice>}

      <Section title="Who may comment">
        <Checkbox name="requireNameEmail" label="Guests must give a name and email" checked={checked("requireNameEmail", settings.requireNameEmail)} />
        <Checkbox name="registrationRequired" label="Only signed-in readers may comment" checked={checked("registrationRequired", settings.registrationRequired)} />
        <TextField
          label="Close comments on articles older than (days)"
          name="closeAfterDays"
          hint="Leave blank to keep comments open for good."
          defaultValue={text("closeAfterDays", settings.closeAfterDays)}
          error={error("closeAfterDays")}
          {...number}
        />
      </Section>

      <Section title="Before a comment appears">
        <Checkbox name="manualApproval" label="Every comment must be approved by a moderator" checked={checked("manualApproval", settings.manualApproval)} />
        <Checkbox
          name="requirePreviouslyApproved"
          label="Hold comments from people without an earlier approved comment"
          checked={checked("requirePreviouslyApproved", settings.requirePreviouslyApproved)}
        />
        <TextField
          label="Hold a comment with this many links or more"
          name="holdLinkCount"
          defaultValue={text("holdLinkCount", settings.holdLinkCount)}
          error={error("holdLinkCount")}
          {...number}
        />
        <WordList
          name="moderationKeys"
          label="Moderation list"
          hint="One word, phrase, address or IP per line. A comment containing any of them in its text, name, email, website, IP or browser is held. Case does not matter."
          value={text("moderationKeys", settings.moderationKeys.join("\n"))}
          error={error("moderationKeys")}
        />
        <WordList
          name="disallowedKeys"
          label="Block list"
          hint="Same matching as the moderation list, but matching comments go straight to spam."
          value={text("disallowedKeys", settings.disallowedKeys.join("\n"))}
          error={error("disallowedKeys")}
        />
      </Section>

      <Section title="Flood protection">
        <TextField
          label="Seconds between comments from one person or address"
          name="floodSeconds"
          defaultValue={text("floodSeconds", settings.floodSeconds)}
          error={error("floodSeconds")}
          {...number}
        />
        <TextField
          label="Comments one address may post per hour"
          name="hourlyLimitPerIp"
          defaultValue={text("hourlyLimitPerIp", settings.hourlyLimitPerIp)}
          error={error("hourlyLimitPerIp")}
          {...number}
        />
        <TextField
          label="Seconds a person needs to write a comment"
          name="minSecondsToSubmit"
          hint="Submissions faster than this from opening the page are treated as spam."
          defaultValue={text("minSecondsToSubmit", settings.minSecondsToSubmit)}
          error={error("minSecondsToSubmit")}
          {...number}
        />
      </Section>

      <Section title="Threads">
        <TextField
          label="Reply depth (levels)"
          name="threadDepth"
          defaultValue={text("threadDepth", settings.threadDepth)}
          error={error("threadDepth")}
          {...number}
        />
        <TextField
          label="Top-level comments per page"
          name="commentsPerPage"
          defaultValue={text("commentsPerPage", settings.commentsPerPage)}
          error={error("commentsPerPage")}
          {...number}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={orderId} className="text-sm font-semibold">
            Show first
          </label>
          {/* Keyed by the value: React keeps a select's old choice after a form reset. */}
          <select
            key={text("commentOrder", settings.commentOrder)}
            id={orderId}
            name="commentOrder"
            defaultValue={text("commentOrder", settings.commentOrder)}
            className="w-48 rounded border border-stone-400 bg-white px-3 py-2 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          >
            <option value="oldest">Oldest comments</option>
            <option value="newest">Newest comments</option>
          </select>
          {error("commentOrder") && <p className="text-sm font-semibold text-accent dark:text-accent-dark">{error("commentOrder")}</p>}
        </div>
      </Section>

      <div>
        <SubmitButton pending={pending} pendingText="Saving…">
          Save settings
        </SubmitButton>
      </div>
    </form>
  );
}
