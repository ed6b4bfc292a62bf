"use client";

import { type KeyboardEvent, useId, useState } from "react";
import { describedBy } from "@/components/ui/field-frame";

/** Tags typed one by one: Enter or comma adds, Backspace in an empty box removes the last. */
export function TagInput({
  tags,
  suggestions,
  error,
  onChange,
}: {
  tags: string[];
  suggestions: string[];
  error?: string;
  onChange: (tags: string[]) => void;
}) {
  const id = `${useId()}-tags`;
  const [draft, setDraft] = useState("");

  function add(raw: string) {
    const name = raw.trim().replace(/\s+/g, " ");
    setDraft("");
    if (!name || tags.some((tag) => tag.toLowerCase() === name.toLowerCase())) return;
    onChange([...tags, name]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(draft);
    } else if (event.key === "Backspace" && draft === "" && tags.length) {
      onChange(tags.slice(0, -1));
    }
  }

  const hint = "Type a tag and press Enter.";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        Tags
      </label>
      <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
        {hint}
      </p>
      {tags.length > 0 && (
        <ul aria-label="Tags on this post" className="flex flex-wrap gap-1">
          {tags.map((tag) => (
            <li key={tag} className="flex items-center gap-1 rounded-full bg-stone-200 px-2 py-0.5 text-sm dark:bg-stone-800">
              {tag}
              <button type="button" onClick={() => onChange(tags.filter((other) => other !== tag))} aria-label={`Remove tag ${tag}`} className="font-bold">
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        list={`${id}-suggestions`}
        value={draft}
        onChange={(event) => {
          const value = event.target.value;
          // Picking a suggestion from the list adds it at once.
          if (suggestions.includes(value)) add(value);
          else setDraft(value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && add(draft)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="rounded border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent dark:text-accent-dark">
          {error}
        </p>
      )}
    </div>
  );
}
