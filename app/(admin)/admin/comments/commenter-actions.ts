"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { lineProblem, lineText } from "@/lib/validation/text";
import { blockKinds } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { authorize } from "@/lib/dal";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import { blockCommenter, deleteAllByCommenter, liftCommenterBlock, mayModerateCommenter } from "@/lib/moderation/commenter-blocks";
import { moderatableRoles } from "@/lib/permissions";

export type BlockFormState = FormState<"reason" | "endsAt" | "kind"> & { eventId?: number | null; message?: string };

const NO_PERMISSION = "You don’t have permission to moderate comments.";
const STAFF_REFUSAL = "That commenter is a member of staff your role can’t block or clear out.";

function invalidate(postIds: number[]) {
  for (const postId of postIds) updateTag(cacheTags.postComments(postId));
  if (postIds.length) updateTag(cacheTags.commentCounts);
  revalidatePath("/admin/comments");
  revalidatePath("/admin/comments/blocks");
}

const commenterSchema = z
  .object({ kind: z.enum(blockKinds, { error: "Choose what to block: the account, the email address or the IP address." }), value: z.string().trim().min(1).max(200).refine((value) => lineProblem(value) === null) })
  .refine(({ kind, value }) => (kind === "account" ? z.uuid().safeParse(value).success : kind === "email" ? value.includes("@") : /^[0-9a-f.:]{2,45}$/i.test(value)), {
    message: "Unknown commenter.",
    path: ["kind"],
  });

const blockSchema = z.object({
  commenter: commenterSchema,
  reason: lineText({ max: 500, tooLong: "Keep the reason under 500 characters.", required: "Give a reason: other moderators will see it." }),
  endsAt: z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), "Use a date, or leave it empty to block until lifted.")
    .transform((value) => (value ? new Date(`${value}T23:59:59Z`) : null))
    .refine((date) => date === null || date.getTime() > Date.now(), "The end date must be in the future."),
  hideExisting: z.literal("on").nullable(),
});

/** Block (no end date) or suspend (with one) a commenter by account, email or IP; optionally hide what they wrote. */
export async function blockCommenterAction(_previous: BlockFormState, formData: FormData): Promise<BlockFormState> {
  const values = echoValues(formData, ["reason", "endsAt", "kind"] as const);
  const submission = Date.now();
  const actor = await authorize("comment:moderate");
  if (!actor) return { formError: NO_PERMISSION, values, submission };
  const kind = formData.get("kind");
  const parsed = blockSchema.safeParse({
    commenter: { kind, value: formData.get(`value-${typeof kind === "string" ? kind : ""}`) ?? "" },
    reason: formData.get("reason") ?? "",
    endsAt: formData.get("endsAt") ?? "",
    hideExisting: formData.get("hideExisting"),
  });
  if (!parsed.success) {
    const fieldErrors: BlockFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === "commenter" ? "kind" : (issue.path[0] as "reason" | "endsAt");
      fieldErrors[field] ??= issue.message;
    }
    return { fieldErrors, values, submission };
  }
  if (!(await mayModerateCommenter(actor, parsed.data.commenter))) return { formError: STAFF_REFUSAL, values, submission };
  const result = await blockCommenter({
    actorId: actor.id,
    roles: moderatableRoles(actor),
    commenter: parsed.data.commenter,
    reason: parsed.data.reason,
    endsAt: parsed.data.endsAt,
    hideExisting: parsed.data.hideExisting === "on",
  });
  invalidate(result.publicPostIds);
  const what = parsed.data.endsAt ? "Suspended" : "Blocked";
  const hidden = parsed.data.hideExisting ? ` ${result.hidden === 1 ? "1 comment" : `${result.hidden} comments`} hidden.` : "";
  return { ok: true, submission, eventId: result.eventId, message: `${what}. Their new comments go to spam.${hidden}` };
}

/** Ends a block or suspension now. */
export async function liftBlockAction(blockId: number): Promise<{ ok: boolean; message: string }> {
  const actor = await authorize("comment:moderate");
  if (!actor) return { ok: false, message: NO_PERMISSION };
  const id = z.number().int().positive().max(2_147_483_647).safeParse(blockId);
  if (!id.success) return { ok: false, message: "That block no longer exists." };
  const result = await liftCommenterBlock({ actorId: actor.id, blockId: id.data });
  if (!result.ok) return { ok: false, message: "That block was already lifted." };
  invalidate(result.publicPostIds);
  return { ok: true, message: result.restored ? `Block lifted; ${result.restored} hidden comment(s) restored.` : "Block lifted." };
}

/** Deletes every comment by one commenter (undoable from the queue for a few minutes). */
export async function deleteAllByCommenterAction(kind: string, value: string): Promise<{ ok: boolean; message: string; eventId?: number | null }> {
  const actor = await authorize("comment:moderate");
  if (!actor) return { ok: false, message: NO_PERMISSION };
  const commenter = commenterSchema.safeParse({ kind, value });
  if (!commenter.success) return { ok: false, message: "Unknown commenter." };
  if (!(await mayModerateCommenter(actor, commenter.data))) return { ok: false, message: STAFF_REFUSAL };
  const result = await deleteAllByCommenter({ actorId: actor.id, commenter: commenter.data, roles: moderatableRoles(actor) });
  invalidate(result.publicPostIds);
  return { ok: true, eventId: result.eventId, message: result.deleted === 1 ? "1 comment deleted for good." : `${result.deleted} comments deleted for good.` };
}
