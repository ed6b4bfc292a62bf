"use server";

import { revalidatePath, updateTag } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import type { commentStatuses } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues, formFields } from "@/lib/forms/action-state";
import { notifySoon } from "@/lib/notifications/worker";
import { moderateComments, type Skipped, undoModeration } from "@/lib/moderation/moderate-comments";
import { editFromQueue, replyFromQueue } from "@/lib/moderation/queue-edits";
import { matchingCommentIds, queueReasons, queueViews } from "@/lib/moderation/reads";
import { actionLabels, moderationActions } from "@/lib/moderation/transitions";
import { can } from "@/lib/permissions";
import { getClientIp } from "@/lib/request";
import { isWebAddress } from "@/lib/comments/rules";
import { COMMENT_LIMITS, COMMENT_MESSAGES, commentUrlInput } from "@/lib/validation/comment";
import { emailInput } from "@/lib/validation/email";
import { idParam } from "@/lib/validation/id";
import { blockText, lineText, searchText } from "@/lib/validation/text";

/** What a moderation action changed: the audit entry to undo, and what it left alone. */
export type ModerationState = ActionState<never, { eventId: number | null; skipped: Skipped[] }>;
export type QueueFormState = ActionState<"body" | "name" | "email" | "url", { eventId: number }>;

const moderators = allowed("comment:moderate", "You don’t have permission to moderate comments.");

const itemSchema = z
  .string()
  .regex(/^\d{1,10}:(pending|approved|spam|trash)$/, "Unknown comment.")
  .transform((value) => {
    const [id, status] = value.split(":");
    return { id: Number(id), expected: status as (typeof commentStatuses)[number] };
  });

const filtersSchema = z.object({
  view: z.enum(queueViews),
  postId: idParam.optional(),
  author: searchText(245).optional(),
  ip: searchText(45).optional(),
  search: searchText(200).optional(),
  reason: z.enum(queueReasons).optional(),
});

function invalidate(postIds: number[]) {
  for (const postId of postIds) updateTag(cacheTags.postComments(postId));
  if (postIds.length) updateTag(cacheTags.commentCounts);
  revalidatePath("/admin/comments");
}

function describe(action: (typeof moderationActions)[number], count: number, skipped: Skipped[]): string {
  const what = count === 1 ? "1 comment" : `${count.toLocaleString("en-GB")} comments`;
  const parts = count ? [`${what} ${actionLabels[action].done}.`] : [];
  const changed = skipped.filter((s) => s.reason !== "not-applicable").length;
  if (changed) parts.push(`${changed} left alone: someone else changed ${changed === 1 ? "it" : "them"} first.`);
  const notApplicable = skipped.filter((s) => s.reason === "not-applicable").length;
  if (notApplicable) parts.push(`${notApplicable} could not be ${actionLabels[action].done} from where ${notApplicable === 1 ? "it is" : "they are"}.`);
  return parts.join(" ") || "Nothing changed.";
}

/** Approve, unapprove, spam, not spam, trash, restore or delete: one comment, a selection, or all that match a filter. */
export const moderate = defineAction({
  label: "moderation",
  gate: moderators,
  read: (formData: FormData) => ({
    action: formData.get("action"),
    items: formData.getAll("item"),
    // Set by "select all matching": the filter, not a list of ids, travels.
    filters: formData.get("allMatching")
      ? { view: formData.get("view"), ...Object.fromEntries(["postId", "author", "ip", "search", "reason"].map((name) => [name, formData.get(name) || undefined])) }
      : undefined,
  }),
  schema: z.object({
    action: z.enum(moderationActions, { error: "Unknown action." }),
    items: z.array(itemSchema).max(5000, "Choose at most 5,000 comments at once."),
    filters: filtersSchema.optional(),
  }),
  async run(input, actor): Promise<ModerationState> {
    const items = input.filters
      ? (await matchingCommentIds(actor, { ...input.filters, order: "newest" })).map((row) => ({ id: row.id, expected: row.status }))
      : input.items;
    if (items.length === 0) return { formError: "Select at least one comment." };
    // Moderators reach comments on published posts only; editors and admins all of them.
    const publicOnly = !can(actor, "comment:moderate-beyond-public");
    const result = await moderateComments({ actorId: actor.id, action: input.action, items, publicOnly });
    invalidate(result.publicPostIds);
    if (result.notices) notifySoon();
    const message = describe(input.action, result.applied.length, result.skipped);
    if (result.applied.length === 0) return { formError: message, data: { eventId: null, skipped: result.skipped } };
    return { ok: true, message, data: { eventId: result.eventId, skipped: result.skipped } };
  },
});

/** Reverses one earlier action (see UNDO_WINDOW_MS): a moderator their own, editors and admins anyone's. */
export const undo = defineAction({
  label: "undo",
  gate: moderators,
  read: (eventId: number) => ({ eventId: String(eventId) }),
  schema: z.object({ eventId: idParam.catch(0).refine((id) => id > 0, "There is nothing to undo.") }),
  async run(input, actor): Promise<ModerationState> {
    const result = await undoModeration({ actorId: actor.id, eventId: input.eventId, ownOnly: !can(actor, "comment:moderate-beyond-public") });
    if (!result.ok) return { formError: result.message };
    invalidate(result.publicPostIds);
    const what = result.restored === 1 ? "1 comment" : `${result.restored} comments`;
    const left = result.skipped.length ? ` ${result.skipped.length} changed since, left as they are.` : "";
    const done = result.restored ? `Undone: ${what} put back.` : "Undone.";
    return { ok: true, message: `${done}${left}`, data: { eventId: null, skipped: result.skipped } };
  },
});

const bodyField = blockText({ max: COMMENT_LIMITS.body, tooLong: COMMENT_MESSAGES.bodyTooLong, required: "Write something first." });
const commentId = idParam.catch(0).refine((id) => id > 0, "Unknown comment.");

/** Reply as the signed-in moderator; a held comment answered this way is approved. */
export const replyAsModerator = defineAction({
  label: "moderator reply",
  gate: moderators,
  read: (_previous: QueueFormState, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["body"] as const),
  schema: z.object({ commentId, body: bodyField }),
  fields: ["body"],
  async run(input, actor): Promise<QueueFormState> {
    const userAgent = (await headers()).get("user-agent") ?? "";
    const result = await replyFromQueue({ actor, parentId: input.commentId, body: input.body, ip: await getClientIp(), userAgent });
    if (!result.ok) return { formError: result.message };
    invalidate([result.postId]);
    return { ok: true, data: { eventId: result.eventId } };
  },
});

/** Correct a comment's text, name, email or website (not a comment by staff above the moderator). */
export const editAsModerator = defineAction({
  label: "moderator edit",
  gate: moderators,
  read: (_previous: QueueFormState, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["body", "name", "email", "url"] as const),
  schema: z.object({
    commentId,
    body: bodyField,
    name: lineText({ max: COMMENT_LIMITS.name, tooLong: COMMENT_MESSAGES.nameTooLong, required: "Enter a name." }),
    email: emailInput,
    url: commentUrlInput.default("").refine((url) => url === "" || isWebAddress(url), "A website must start with http:// or https://."),
  }),
  fields: ["body", "name", "email", "url"],
  async run({ commentId: id, ...correction }, actor): Promise<QueueFormState> {
    const result = await editFromQueue({ actor, commentId: id, correction });
    if (!result.ok) return { formError: result.message };
    invalidate(result.public ? [result.postId] : []);
    return { ok: true, data: { eventId: result.eventId } };
  },
});
