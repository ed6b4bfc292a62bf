import type { z } from "zod";

/** What every form action returns: success, or errors beside fields plus what was typed. */
export type FormState<Field extends string = string> = {
  ok?: boolean;
  fieldErrors?: Partial<Record<Field, string>>;
  formError?: string;
  /** Echoed back so the form keeps the user's text. Never includes passwords. */
  values?: Partial<Record<Field, string>>;
  /** Changes on every submission so inputs re-read their default values. */
  submission?: number;
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

export const SAVE_FAILED = "We couldn’t save this just now, so nothing changed. Your text is still here: please try again.";

/**
 * Runs a form's write. When it fails anyway (the database restarting, say, after
 * the one retry db/client.ts makes), the failure is logged and the form gets
 * SAVE_FAILED with the person's text, never an error page.
 */
export async function attemptSave<T>(label: string, work: () => Promise<T>): Promise<{ saved: true; value: T } | { saved: false }> {
  try {
    return { saved: true, value: await work() };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    console.error(`[broadsheet] ${label} failed`, error);
    return { saved: false };
  }
}

/** redirect() and notFound() work by throwing; those must pass through. */
function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}
