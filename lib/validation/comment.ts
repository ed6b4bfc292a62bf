import { z } from "zod";
import { lineText, blockText } from "./text";

/** WordPress's column sizes, which the comment rules and every comment form share. */
export const COMMENT_LIMITS = { name: 245, email: 100, url: 200, body: 65_525 } as const;

const count = (n: number) => n.toLocaleString("en-GB");

export const COMMENT_MESSAGES = {
  nameTooLong: `A name can be at most ${count(COMMENT_LIMITS.name)} characters.`,
  emailTooLong: `An email address can be at most ${count(COMMENT_LIMITS.email)} characters.`,
  urlTooLong: `A website address can be at most ${count(COMMENT_LIMITS.url)} characters.`,
  bodyTooLong: `A comment can be at most ${count(COMMENT_LIMITS.body)} characters.`,
} as const;

// Shape and hygiene only: whether a field may be empty, and what an address must
// look like, is the comment rules' decision (lib/moderation/rules.ts).
export const commentNameInput = lineText({ max: COMMENT_LIMITS.name, tooLong: COMMENT_MESSAGES.nameTooLong });
export const commentEmailInput = lineText({ max: COMMENT_LIMITS.email, tooLong: COMMENT_MESSAGES.emailTooLong });
export const commentUrlInput = lineText({ max: COMMENT_LIMITS.url, tooLong: COMMENT_MESSAGES.urlTooLong });
export const commentBodyInput = blockText({ max: COMMENT_LIMITS.body, tooLong: COMMENT_MESSAGES.bodyTooLong });

/** The four fields of a guest's comment, as one object schema for forms. */
export const commentFieldsSchema = z.object({
  name: commentNameInput.default(""),
  email: commentEmailInput.default(""),
  url: commentUrlInput.default(""),
  body: commentBodyInput.default(""),
});
