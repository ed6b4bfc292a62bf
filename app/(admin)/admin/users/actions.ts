"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userRoles } from "@/db/schema";
import { allowed, defineAction } from "@/lib/forms/action";
import { type ActionState, formFields } from "@/lib/forms/action-state";
import { changeAccount } from "@/lib/users/manage-accounts";

const admins = allowed("user:manage", "You don’t have permission to manage accounts.");

/** An admin gives another account a role (never their own; never the last active admin away). */
export const changeUserRole = defineAction({
  label: "role change",
  gate: admins,
  read: (_previous: ActionState, formData: FormData) => formFields(formData),
  schema: z.object({ userId: z.uuid("Unknown account."), role: z.enum(userRoles, { error: "Choose one of the roles." }) }),
  async run(input, actor): Promise<ActionState> {
    const result = await changeAccount({ actorId: actor.id, targetId: input.userId, role: input.role });
    if (!result.ok) return { formError: result.error };
    revalidatePath("/admin/users");
    return { ok: true };
  },
});

/** An admin disables (signing out every session) or re-enables another account. */
export const setUserAccess = defineAction({
  label: "account access change",
  gate: admins,
  read: (_previous: ActionState, formData: FormData) => formFields(formData),
  schema: z.object({
    userId: z.uuid("Unknown account."),
    disabled: z.enum(["true", "false"], { error: "Unknown change." }).transform((value) => value === "true"),
  }),
  async run(input, actor): Promise<ActionState> {
    const result = await changeAccount({ actorId: actor.id, targetId: input.userId, disabled: input.disabled });
    if (!result.ok) return { formError: result.error };
    revalidatePath("/admin/users");
    return { ok: true };
  },
});
