import { type InputHTMLAttributes, useId } from "react";

export function TextField({
  label,
  name,
  error,
  hint,
  required,
  ...input
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  // Unique per render: one page can hold several forms with a "password" field.
  const id = `${useId()}-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        {required && (
          <span aria-hidden="true" className="text-accent dark:text-accent-dark">
            {" "}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="rounded border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 aria-invalid:border-accent dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent dark:text-accent-dark">
          {error}
        </p>
      )}
    </div>
  );
}
