import type { z } from "zod";

/**
 * What every server action answers, form or button alike: success (with a note
 * and whatever the page needs to show it), or a refusal beside the fields it
 * concerns, with what was typed so the form keeps it.
 */
export type ActionState<Field extends string = string, Data = undefined> = {
  ok?: boolean;
  /** A sentence about the whole outcome: a success note, or a refusal no single field owns. */
  message?: string;
  /** Why it failed, when no one field is to blame. */
  formError?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  /** Echoed back so the form keeps the user's text. Never includes passwords. */
  values?: Partial<Record<Field, string>>;
  /** Changes on every submission so inputs re-read their default values. */
  submission?: number;
  /** What the page shows of a success (a posted comment, an undo handle…). */
  data?: Data;
};

export function fieldErrorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && !(field in errors)) errors[field as Field] = issue.message;
  }
  return errors;
}

/** What the user typed in the named fields, untrimmed, so the form can show it again. Never name a password here. */
export function echoValues<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 70_000);
  }
  return values;
}

/** The form's fields as plain strings (files and repeated names aside), for a schema to check. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string" && !(name in fields)) fields[name] = value;
  return fields;
}

export const SAVE_FAILED = "We couldn’t save this just now, so nothing changed. Your text is still here: please try again.";
