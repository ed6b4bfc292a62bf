"use client";

import { type ReactNode, useId } from "react";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { DiscussionSettings } from "@/lib/settings/discussion";
import type { DiscussionField } from "@/lib/settings/discussion-form";
import type { DiscussionFormState } from "../actions";

/** What each field shows: after a refusal, what was typed and why; otherwise what is saved. */
export interface SettingsView {
  text: (field: DiscussionField) => string;
  checked: (field: DiscussionField) => boolean;
  error: (field: DiscussionField) => string | undefined;
}

export function settingsView(state: DiscussionFormState, settings: DiscussionSettings): SettingsView {
  const typed = state.ok ? undefined : state.values;
  const saved = (field: DiscussionField): DiscussionSettings[DiscussionField] => settings[field];
  const shown = (value: DiscussionSettings[DiscussionField]) => (value === null ? "" : Array.isArray(value) ? value.join("\n") : String(value));
  // The spam scores are typed as whole percentages.
  const percent = new Set<DiscussionField>(["spamThreshold", "spamHoldThreshold"]);
  return {
    text: (field) => typed?.[field] ?? (percent.has(field) ? String(Math.round(Number(saved(field)) * 100)) : shown(saved(field))),
    checked: (field) => (typed ? typed[field] === "on" : saved(field) === true),
    error: (field) => state.fieldErrors?.[field],
  };
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-stone-300 pt-4 dark:border-stone-700">
      <legend className="pr-2 font-serif text-xl font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function Checkbox({ name, label, view, hint }: { name: DiscussionField; label: string; view: SettingsView; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" name={name} defaultChecked={view.checked(name)} className="mt-1" aria-describedby={hint ? `${id}-hint` : undefined} />
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

export function NumberSetting({ name, label, hint, view }: { name: DiscussionField; label: string; hint?: string; view: SettingsView }) {
  return <TextField label={label} name={name} hint={hint} defaultValue={view.text(name)} error={view.error(name)} inputMode="numeric" className="w-32" />;
}

export function WordList({ name, label, hint, view }: { name: DiscussionField; label: string; hint: string; view: SettingsView }) {
  return <TextAreaField name={name} label={label} hint={hint} rows={6} defaultValue={view.text(name)} error={view.error(name)} className="font-mono text-sm" />;
}

export function OrderSelect({ view }: { view: SettingsView }) {
  const id = useId();
  const value = view.text("commentOrder");
  const error = view.error("commentOrder");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        Show first
      </label>
      {/* Keyed by the value: React keeps a select's old choice after a form reset. */}
      <select
        key={value}
        id={id}
        name="commentOrder"
        defaultValue={value}
        className="w-48 rounded border border-stone-400 bg-white px-3 py-2 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        <option value="oldest">Oldest comments</option>
        <option value="newest">Newest comments</option>
      </select>
      {error && <p className="text-sm font-semibold text-accent dark:text-accent-dark">{error}</p>}
    </div>
  );
}
