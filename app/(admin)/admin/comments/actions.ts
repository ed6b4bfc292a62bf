"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { idParam } from "@/lib/validation/id";
import { listQueueIds, queueViews } from "@/db/queries/comments/queue";
import type { commentStatuses } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { authorize } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { moderateComments, type Skipped, undoModeration } from "@/lib/moderation/moderate-comments";
import { actionLabels, moderationActions } from "@/lib/moderation/transitions";
import { editFromQueue, replyFromQueue } from "@/lib/moderation/queue-edits";
import { isWebAddress } from "@/lib/comments/rules";
import { COMMENT_LIMITS, COMMENT_MESSAGES, commentUrlInput } from "@/lib/validation/comment";
import { emailInput } from "@/lib/validation/email";
import { blockText, lineText, searchText } from "@/lib/validation/text";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/request";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";

export type ModerationState = {
  ok: boolean;
  message: string;
  /** The audit entry to undo, when something changed. */
  eventId?: number | null;
  skipped?: Skipped[];
};

const NO_PERMISSION: ModerationState = { ok: false, message: "You don’t have permission to moderate comments." };

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
});

const requestSchema = z.object({
  action: z.enum(moderationActions, { error: "Unknown action." }),
  items: z.array(itemSchema).max(5000, "Choose at most 5,000 comments at once."),
  /** Set by "select all matching": the filter, not a list of ids, travels. */
  allMatching: z.literal("1").optional(),
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
export async function moderate(formData: FormData): Promise<ModerationState> {
  const actor = await authorize("comment:moderate");
  if (!actor) return NO_PERMISSION;
  const parsed = requestSchema.safeParse({
    action: formData.get("action"),
    items: formData.getAll("item"),
    allMatching: formData.get("allMatching") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Unknown request." };
  // Moderators reach comments on published posts only; editors and admins all of them.
  const publicOnly = !can(actor, "comment:moderate-beyond-public");
  let items = parsed.data.items;
  if (parsed.data.allMatching) {
    const filters = filtersSchema.safeParse({
      view: formData.get("view"),
      postId: formData.get("postId") || undefined,
      author: formData.get("author") || undefined,
      ip: formData.get("ip") || undefined,
      search: formData.get("search") || undefined,
    });
    if (!filters.success) return { ok: false, message: "Unknown filter." };
    items = (await listQueueIds(getDb(), { ...filters.data, order: "newest", publicOnly })).map((row) => ({ id: row.id, expected: row.status }));
  }
  if (items.length === 0) return { ok: false, message: "Select at least one comment." };
  const result = await moderateComments({ actorId: actor.id, action: parsed.data.action, items, publicOnly });
  invalidate(result.publicPostIds);
  return {
    ok: result.applied.length > 0,
    message: describe(parsed.data.action, result.applied.length, result.skipped),
    eventId: result.eventId,
    skipped: result.skipped,
  };
}

/** Reverses one earlier action (see UNDO_WINDOW_MS). */
export async function undo(eventId: number): Promise<ModerationState> {
  const actor = await authorize("comment:moderate");
  if (!actor) return NO_PERMISSION;
  const id = z.number().int().positive().max(2_147_483_647).safeParse(eventId);
  if (!id.success) return { ok: false, message: "There is nothing to undo." };
  const result = await undoModeration({ actorId: actor.id, eventId: id.data, ownOnly: !can(actor, "comment:moderate-beyond-public") });
  if (!result.ok) return { ok: false, message: result.message };
  invalidate(result.publicPostIds);
  const what = result.restored === 1 ? "1 comment" : `${result.restored} comments`;
  const left = result.skipped.length ? ` ${result.skipped.length} changed since, left as they are.` : "";
  const done = result.restored ? `Undone: ${what} put back.` : "Undone.";
  return { ok: true, message: `${done}${left}`, eventId: null, skipped: result.skipped };
}

export type QueueFormState = FormState<"body" | "name" | "email" | "url"> & { eventId?: number };


const bodyField = blockText({ max: COMMENT_LIMITS.body, tooLong: COMMENT_MESSAGES.bodyTooLong, required: "Write something first." });

/** Reply as the signed-in moderator; a held comment answered this way is approved. */
export async function replyAsModerator(_previous: QueueFormState, formData: FormData): Promise<QueueFormState> {
  const values = echoValues(formData, ["body"] as const);
  const submission = Date.now();
  const actor = await authorize("comment:moderate");
  if (!actor) return { formError: NO_PERMISSION.message, values, submission };
  const parsed = z.object({ commentId: idParam, body: bodyField }).safeParse({ commentId: formData.get("commentId"), body: formData.get("body") ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return issue.path[0] === "body" ? { fieldErrors: { body: issue.message }, values, submission } : { formError: "Unknown comment.", values, submission };
  }
  const result = await replyFromQueue({
    actor,
    parentId: parsed.data.commentId,
    body: parsed.data.body,
    ip: await getClientIp(),
    userAgent: (await headers()).get("user-agent") ?? "",
  });
  if (!result.ok) return { formError: result.message, values, submission };
  invalidate([result.postId]);
  return { ok: true, submission, eventId: result.eventId };
}

const correctionSchema = z.object({
  commentId: idParam,
  body: bodyField,
  name: lineText({ max: COMMENT_LIMITS.name, tooLong: COMMENT_MESSAGES.nameTooLong, required: "Enter a name." }),
  email: emailInput,
  url: commentUrlInput.refine((url) => url === "" || isWebAddress(url), "A website must start with http:// or https://."),
});

/** Correct a comment's text, name, email or website. */
export async function editAsModerator(_previous: QueueFormState, formData: FormData): Promise<QueueFormState> {
  const values = echoValues(formData, ["body", "name", "email", "url"] as const);
  const submission = Date.now();
  const actor = await authorize("comment:moderate");
  if (!actor) return { formError: NO_PERMISSION.message, values, submission };
  const parsed = correctionSchema.safeParse({
    commentId: formData.get("commentId"),
    body: formData.get("body") ?? "",
    name: formData.get("name") ?? "",
    email: formData.get("email") ?? "",
    url: formData.get("url") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors: QueueFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "commentId") return { formError: "Unknown comment.", values, submission };
      if (typeof field === "string" && !(field in fieldErrors)) fieldErrors[field as "body"] = issue.message;
    }
    return { fieldErrors, values, submission };
  }
  const { commentId: id, ...correction } = parsed.data;
  const result = await editFromQueue({ actor, commentId: id, correction });
  if (!result.ok) return { formError: result.message, values, submission };
  invalidate(result.public ? [result.postId] : []);
  return { ok: true, submission, eventId: result.eventId };
}
