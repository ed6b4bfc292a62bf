import { z } from "zod";
import { lineProblem, normalizeLine } from "./text";

export const MAX_EMAIL_LENGTH = 100;
export const EMAIL_MESSAGES = {
  required: "Enter your email address.",
  invalid: "Enter an email address like name@example.com.",
  tooLong: `An email address can be at most ${MAX_EMAIL_LENGTH} characters.`,
} as const;

/**
 * The address browsers accept in <input type="email"> (the HTML standard's rule:
 * ASCII only, no quoted parts, no [IP] literals, no trailing dot), with a local
 * part of at most 64 characters and a dot in the domain, as mail needs.
 */
export function isValidEmail(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH || !z.regexes.html5Email.test(value)) return false;
  const at = value.lastIndexOf("@");
  return at <= 64 && value.slice(at + 1).includes(".");
}

/** An email address as typed in a form: trimmed, then checked. */
export const emailInput = z
  .string({ error: EMAIL_MESSAGES.required })
  .max(MAX_EMAIL_LENGTH * 10, EMAIL_MESSAGES.tooLong)
  .transform(normalizeLine)
  .superRefine((value, ctx) => {
    if (value === "") ctx.addIssue({ code: "custom", message: EMAIL_MESSAGES.required });
    else if (value.length > MAX_EMAIL_LENGTH) ctx.addIssue({ code: "custom", message: EMAIL_MESSAGES.tooLong });
    else if (lineProblem(value) || !isValidEmail(value)) ctx.addIssue({ code: "custom", message: EMAIL_MESSAGES.invalid });
  });
