import { type Ref, type TextareaHTMLAttributes, useId } from "react";
import { controlClass, describedBy, FieldFrame } from "./field-frame";

/** A labelled textarea with its error beside it, the textarea twin of TextField. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  required,
  ref,
  className,
  ...textarea
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLTextAreaElement>;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const id = `${useId()}-${name}`;
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error}>
      <textarea
        ref={ref}
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`w-full ${controlClass} ${className ?? ""}`}
        {...textarea}
      />
    </FieldFrame>
  );
}
