import { blockText } from "@/lib/validation/text";

export const MAX_BIO_LENGTH = 1_000;

/** An author's bio: plain text, paragraphs split on blank lines, trimmed. */
export const bioField = blockText({ max: MAX_BIO_LENGTH, tooLong: `Keep your bio to ${MAX_BIO_LENGTH.toLocaleString("en-GB")} characters.` }).transform((bio) => bio.trim());
