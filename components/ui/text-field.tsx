import { type InputHTMLAttributes, useId } from "react";
import { controlClass, describedBy, FieldFrame } from "./field-frame";

export function TextField({
  label,
  name,
  error,
  hint,
  required,
  className,
  ...input
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  // Unique per render: one page can hold several forms with a "password" field.
  const id = `${useId()}-${name}`;
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${controlClass} ${className ?? ""}`}
        {...input}
      />
    </FieldFrame>
  );
}
