import { z } from "zod";
import { isBlank, lineProblem, normalizeBlock, normalizeLine } from "@/lib/validation/text";
import { type DiscussionSettings, discussionSettingsSchema } from "./discussion";

// The discussion settings page sends text; this turns it into settings or into
// messages beside each field. Unlike the stored-value parser (which quietly falls
// back to defaults), nothing here is guessed.

export const discussionFields = [
  "requireNameEmail",
  "registrationRequired",
  "manualApproval",
  "requirePreviouslyApproved",
  "holdLinkCount",
  "moderationKeys",
  "disallowedKeys",
  "closeAfterDays",
  "threadDepth",
  "commentsPerPage",
  "commentOrder",
  "floodSeconds",
  "hourlyLimitPerIp",
  "minSecondsToSubmit",
  "notifyModeratorsOfHeld",
  "notifyAuthorsOfComments",
  "notifyReplies",
  "replyBatchMinutes",
  "spamFilter",
  "spamThreshold",
  "spamHoldThreshold",
  "ipRetentionDays",
  "erasureDeletesComments",
] as const satisfies readonly (keyof DiscussionSettings)[];

export type DiscussionField = (typeof discussionFields)[number];

const checkbox = z.union([z.literal("on"), z.null()]).transform((value) => value === "on");

const whole = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${label} must be a whole number.`)
    .transform(Number)
    .pipe(z.number().min(min, `${label} must be at least ${min}.`).max(max, `${label} can be at most ${max.toLocaleString("en-GB")}.`));

const wordList = (label: string) =>
  z
    .string()
    .max(100_000, `${label} is too long.`)
    .transform((text) => normalizeBlock(text).split("\n").map(normalizeLine).filter((line) => !isBlank(line)))
    .pipe(
      z
        .array(
          z
            .string()
            .max(500, `Each line of ${label.toLowerCase()} can be at most 500 characters.`)
            .refine((line) => lineProblem(line) === null, `${label} has a line with invisible or control characters.`),
        )
        .max(5000, `${label} can hold at most 5,000 lines.`),
    );

const formSchema = z.object({
  requireNameEmail: checkbox,
  registrationRequired: checkbox,
  manualApproval: checkbox,
  requirePreviouslyApproved: checkbox,
  holdLinkCount: whole("The link limit", 1, 100),
  moderationKeys: wordList("The moderation list"),
  disallowedKeys: wordList("The block list"),
  // Blank means never (see below).
  closeAfterDays: whole("The closing age", 1, 3650).nullable(),
  threadDepth: whole("Thread depth", 2, 10),
  commentsPerPage: whole("Comments per page", 5, 200),
  commentOrder: z.enum(["oldest", "newest"], { error: "Choose which comments come first." }),
  floodSeconds: whole("The pause between comments", 0, 3600),
  hourlyLimitPerIp: whole("The hourly limit", 1, 10_000),
  minSecondsToSubmit: whole("The minimum writing time", 0, 60),
  notifyModeratorsOfHeld: checkbox,
  notifyAuthorsOfComments: checkbox,
  notifyReplies: checkbox,
  replyBatchMinutes: whole("The reply gathering time", 0, 60),
  spamFilter: checkbox,
  // Shown and typed as whole percentages; stored as fractions.
  spamThreshold: whole("The spam score", 50, 100).transform((n) => n / 100),
  spamHoldThreshold: whole("The hold score", 5, 100).transform((n) => n / 100),
  ipRetentionDays: whole("The days to keep IP addresses", 1, 3650),
  erasureDeletesComments: checkbox,
}).refine((form) => form.spamHoldThreshold < form.spamThreshold, { path: ["spamHoldThreshold"], message: "The hold score must be below the spam score." });

const checkboxes = new Set<DiscussionField>([
  "requireNameEmail",
  "registrationRequired",
  "manualApproval",
  "requirePreviouslyApproved",
  "notifyModeratorsOfHeld",
  "notifyAuthorsOfComments",
  "notifyReplies",
  "spamFilter",
  "erasureDeletesComments",
]);

export type DiscussionFormResult =
  | { ok: true; settings: DiscussionSettings }
  | { ok: false; errors: Partial<Record<DiscussionField, string>> };

/** Reads the submitted form; checkboxes that are absent are off. */
export function parseDiscussionForm(get: (name: string) => FormDataEntryValue | null): DiscussionFormResult {
  const raw = Object.fromEntries(
    discussionFields.map((field) => {
      const value = get(field);
      if (checkboxes.has(field)) return [field, value === null ? null : value];
      if (field === "closeAfterDays" && typeof value === "string" && value.trim() === "") return [field, null];
      return [field, typeof value === "string" ? value : ""];
    }),
  );
  const parsed = formSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Partial<Record<DiscussionField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DiscussionField;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  // The stored-value schema has the last word, so what is saved always reads back the same.
  return { ok: true, settings: discussionSettingsSchema.parse(parsed.data) };
}
