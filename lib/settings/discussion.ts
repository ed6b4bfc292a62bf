import { z } from "zod";

const lines = z
  .array(z.string().max(500))
  .max(5000)
  .catch([])
  .transform((list) => list.map((line) => line.trim()).filter(Boolean));

// WordPress's defaults: name and email required, first-time commenters held, two
// links hold a comment, no auto-close, threads five deep.
export const discussionSettingsSchema = z.object({
  requireNameEmail: z.boolean().catch(true),
  registrationRequired: z.boolean().catch(false),
  manualApproval: z.boolean().catch(false),
  requirePreviouslyApproved: z.boolean().catch(true),
  /** A comment with this many links or more is held. */
  holdLinkCount: z.number().int().min(1).max(100).catch(2),
  moderationKeys: lines,
  disallowedKeys: lines,
  /** Close comments on posts older than this many days; null leaves them open. */
  closeAfterDays: z.number().int().min(1).max(3650).nullable().catch(null),
  threadDepth: z.number().int().min(2).max(10).catch(5),
  /** Top-level comments per page of a thread; replies stay with their thread. */
  commentsPerPage: z.number().int().min(5).max(200).catch(50),
  /** Which comments a reader sees first unless they choose. */
  commentOrder: z.enum(["oldest", "newest"]).catch("oldest"),
  /** A second comment from the same account, address or email within this time is refused. */
  floodSeconds: z.number().int().min(0).max(3600).catch(15),
  /** Comments one address may post in an hour. */
  hourlyLimitPerIp: z.number().int().min(1).max(10_000).catch(30),
  /** Faster than this from opening the form to sending it is a script, not a person. */
  minSecondsToSubmit: z.number().min(0).max(60).catch(3),
  // Email moderators and editors when a comment is held (each may still opt out).
  notifyModeratorsOfHeld: z.boolean().catch(true),
  // Email a post's author about each new published comment on it (each may opt out).
  notifyAuthorsOfComments: z.boolean().catch(true),
  // Let commenters ask to be emailed about replies (confirmed by email for guests).
  notifyReplies: z.boolean().catch(true),
  // Replies to one person within this many minutes of the first go out as one email (0: each at once).
  replyBatchMinutes: z.number().int().min(0).max(60).catch(2),
  // The learning spam filter: a score at or above spamThreshold sends a comment to
  // spam; at or above spamHoldThreshold holds it for a moderator.
  spamFilter: z.boolean().catch(true),
  spamThreshold: z.number().min(0.5).max(1).catch(0.9),
  spamHoldThreshold: z.number().min(0.05).max(1).catch(0.5),
  /** Commenters' IP addresses and browser names are removed from comments and reports this many days after. */
  ipRetentionDays: z.number().int().min(1).max(3650).catch(90),
  /** On a confirmed erasure request, delete the person's comments instead of keeping them as "Anonymous". */
  erasureDeletesComments: z.boolean().catch(false),
});

export type DiscussionSettings = z.infer<typeof discussionSettingsSchema>;

export const DISCUSSION_SETTINGS_KEY = "discussion";

export function parseDiscussionSettings(value: unknown): DiscussionSettings {
  return discussionSettingsSchema.parse(typeof value === "object" && value !== null ? value : {});
}
