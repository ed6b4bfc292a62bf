"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { lineProblem, lineText } from "@/lib/validation/text";
import { blockKinds } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues } from "@/lib/forms/action-state";
import { idParam } from "@/lib/validation/id";
import { blockCommenter, deleteAllByCommenter, liftCommenterBlock, mayModerateCommenter } from "@/lib/moderation/commenter-blocks";
import { moderatableRoles } from "@/lib/permissions";

export type BlockFormState = ActionState<"reason" | "endsAt" | "kind", { eventId: number }>;

const moderators = allowed("comment:moderate", "You don’t have permission to moderate comments.");
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
  });

const blockSchema = z
  .object({
  // The commenter's problems are shown beside the choice of what to block.
  kind: z.enum(blockKinds, { error: "Choose what to block: the account, the email address or the IP address." }),
  value: z.string(),
  reason: lineText({ max: 500, tooLong: "Keep the reason under 500 characters.", required: "Give a reason: other moderators will see it." }),
  endsAt: z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), "Use a date, or leave it empty to block until lifted.")
    .transform((value) => (value ? new Date(`${value}T23:59:59Z`) : null))
    .refine((date) => date === null || date.getTime() > Date.now(), "The end date must be in the future."),
  hideExisting: z.literal("on").nullable(),
})
  .superRefine((input, ctx) => {
    const commenter = commenterSchema.safeParse({ kind: input.kind, value: input.value });
    if (!commenter.success) ctx.addIssue({ code: "custom", path: ["kind"], message: commenter.error.issues[0]?.message ?? "Unknown commenter." });
  })
  .transform(({ kind, value, ...rest }) => ({ ...rest, commenter: { kind, value: value.trim() } }));

/** Block (no end date) or suspend (with one) a commenter by account, email or IP; optionally hide what they wrote. */
export const blockCommenterAction = defineAction({
  label: "block",
  gate: moderators,
  read: (_previous: BlockFormState, formData: FormData) => {
    const kind = formData.get("kind");
    return {
      kind,
      value: formData.get(`value-${typeof kind === "string" ? kind : ""}`) ?? "",
      reason: formData.get("reason") ?? "",
      endsAt: formData.get("endsAt") ?? "",
      hideExisting: formData.get("hideExisting"),
    };
  },
  echo: (_previous, formData) => echoValues(formData, ["reason", "endsAt", "kind"] as const),
  // The commenter's problems are shown beside the choice of what to block.
  schema: blockSchema,
  fields: ["reason", "endsAt", "kind"],
  async run(input, actor): Promise<BlockFormState> {
    if (!(await mayModerateCommenter(actor, input.commenter))) return { formError: STAFF_REFUSAL };
    const result = await blockCommenter({
      actorId: actor.id,
      roles: moderatableRoles(actor),
      commenter: input.commenter,
      reason: input.reason,
      endsAt: input.endsAt,
      hideExisting: input.hideExisting === "on",
    });
    invalidate(result.publicPostIds);
    const what = input.endsAt ? "Suspended" : "Blocked";
    const hidden = input.hideExisting ? ` ${result.hidden === 1 ? "1 comment" : `${result.hidden} comments`} hidden.` : "";
    return { ok: true, message: `${what}. Their new comments go to spam.${hidden}`, data: { eventId: result.eventId } };
  },
});

/** Ends a block or suspension now. */
export const liftBlockAction = defineAction({
  label: "lift block",
  gate: moderators,
  read: (blockId: number) => ({ blockId: String(blockId) }),
  schema: z.object({ blockId: idParam.catch(0).refine((id) => id > 0, "That block no longer exists.") }),
  async run(input, actor): Promise<ActionState> {
    const result = await liftCommenterBlock({ actorId: actor.id, blockId: input.blockId });
    if (!result.ok) return { formError: "That block was already lifted." };
    invalidate(result.publicPostIds);
    return { ok: true, message: result.restored ? `Block lifted; ${result.restored} hidden comment(s) restored.` : "Block lifted." };
  },
});

/** Deletes every comment by one commenter (undoable from the queue for a few minutes). */
export const deleteAllByCommenterAction = defineAction({
  label: "delete all by commenter",
  gate: moderators,
  read: (kind: string, value: string) => ({ kind, value }),
  schema: commenterSchema,
  async run(commenter, actor): Promise<ActionState<never, { eventId: number | null }>> {
    if (!(await mayModerateCommenter(actor, commenter))) return { formError: STAFF_REFUSAL };
    const result = await deleteAllByCommenter({ actorId: actor.id, commenter, roles: moderatableRoles(actor) });
    invalidate(result.publicPostIds);
    return {
      ok: true,
      message: result.deleted === 1 ? "1 comment deleted for good." : `${result.deleted} comments deleted for good.`,
      data: { eventId: result.eventId },
    };
  },
});
