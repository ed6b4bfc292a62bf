import { z } from "zod";

// What people type, made safe to store and show. Every text field in every form
// goes through one of the two schemas below: a line (names, addresses, headlines,
// search words) or a block (comments, post bodies). Both normalise to NFC.
//
// A line refuses control characters, invisible format characters (bidi overrides
// and isolates, zero-width spaces, BOM), runs of combining marks and text that is
// nothing but invisible characters, so a name can't pose as another or draw over
// the page. A block keeps tabs and newlines, drops other control characters, and
// allows the format characters right-to-left writing needs.

// C0 and C1 controls and DEL. Tab and newline are allowed in blocks only.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const BLOCK_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Format characters (Cf) other than the zero-width joiners that emoji and several
// scripts need.
const FORMAT = /(?![\u200c\u200d])\p{Cf}/u;
// Characters that draw nothing but are letters or symbols to Unicode.
const BLANK_LOOKING = /[\u115f\u1160\u3164\uffa0\u2800\u180e]/u;
const INVISIBLE = /[\s\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800\u180e]/gu;

/** Combining marks allowed on one character: enough for Vietnamese or Hebrew, not for "Zalgo" text. */
export const MAX_MARKS_PER_LETTER = 4;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS_PER_LETTER + 1},}`, "u");

export const TEXT_MESSAGES = {
  control: "Remove the control characters (such as line breaks or escape codes) from this field.",
  format: "Remove the invisible formatting characters from this field.",
  marks: `Use at most ${MAX_MARKS_PER_LETTER} accents on one letter.`,
} as const;

export type TextProblem = keyof typeof TEXT_MESSAGES;

/** A line as stored: NFC, trimmed. */
export function normalizeLine(value: string): string {
  return value.normalize("NFC").trim();
}

/** A block as stored: NFC, Unix newlines, no control characters but tab and newline. */
export function normalizeBlock(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(BLOCK_CONTROL, "");
}

/** Why a line can't be accepted as it is, or null. */
export function lineProblem(value: string): TextProblem | null {
  if (CONTROL.test(value)) return "control";
  if (FORMAT.test(value) || BLANK_LOOKING.test(value)) return "format";
  if (MARK_RUN.test(value)) return "marks";
  return null;
}

/** Why a block can't be accepted (after normalizeBlock), or null. */
export function blockProblem(value: string): TextProblem | null {
  return MARK_RUN.test(value) ? "marks" : null;
}

/** True when nothing in the text would be seen: spaces, invisible characters, lone marks. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, "") === "";
}

/** Characters that can't mean anything in a search or filter, removed before use. */
export function stripControls(value: string): string {
  return value.replace(new RegExp(CONTROL.source, "g"), " ").replace(new RegExp(FORMAT.source, "gu"), "");
}

interface TextOptions {
  max: number;
  tooLong: string;
  /** Message for empty (or invisible-only) text; absent means the field may be empty. */
  required?: string;
}

/** One line of text, checked and normalised; too long or odd input gets a message for the person. */
export function lineText({ max, tooLong, required }: TextOptions) {
  return z
    .string({ error: required ?? tooLong })
    .max(max, tooLong)
    .transform(normalizeLine)
    .superRefine((value, ctx) => {
      const problem = lineProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: TEXT_MESSAGES[problem] });
      else if (required && isBlank(value)) ctx.addIssue({ code: "custom", message: required });
    });
}

/** Several lines or paragraphs of text, checked and normalised the same way. */
export function blockText({ max, tooLong, required }: TextOptions) {
  return z
    .string({ error: required ?? tooLong })
    .max(max, tooLong)
    .transform(normalizeBlock)
    .superRefine((value, ctx) => {
      const problem = blockProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: TEXT_MESSAGES[problem] });
      else if (required && isBlank(value)) ctx.addIssue({ code: "custom", message: required });
    });
}

/** Words typed into a search or filter box: never refused, only cleaned. */
export function searchText(max: number) {
  return z
    .string()
    .max(max)
    .transform((value) => normalizeLine(stripControls(value)));
}
