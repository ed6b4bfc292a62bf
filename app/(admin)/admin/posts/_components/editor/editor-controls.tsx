"use client";

import { useId } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

export function ActionButton({ children, onClick, disabled, primary }: { children: string; onClick: () => void; disabled?: boolean; primary?: boolean }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled || !hydrated}
      className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${
        primary ? "bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900" : "border border-stone-400 hover:bg-stone-200 dark:hover:bg-stone-800"
      }`}
    >
      {children}
    </button>
  );
}

export function SelectField({
  label,
  value,
  options,
  error,
  onChange,
}: {
  label: string;
  value: string;
  options: [string, string][];
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = `${useId()}-select`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
      >
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent dark:text-accent-dark">
          {error}
        </p>
      )}
    </div>
  );
}
