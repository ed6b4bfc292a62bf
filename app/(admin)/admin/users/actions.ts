"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userRoles } from "@/db/schema";
import { authorize } from "@/lib/dal";
import { type FormState } from "@/lib/forms/form-state";
import { changeAccount } from "@/lib/users/manage-accounts";

const NO_PERMISSION = "You don’t have permission to manage accounts.";

const roleChange = z.object({
  userId: z.uuid("Unknown account."),
  role: z.enum(userRoles, { error: "Choose one of the roles." }),
});

const accessChange = z.object({
  userId: z.uuid("Unknown account."),
  disabled: z.enum(["true", "false"], { error: "Unknown change." }).transform((value) => value === "true"),
});

export async function changeUserRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = roleChange.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  const actor = await authorize("user:manage");
  if (!actor) return { formError: NO_PERMISSION };
  if (!parsed.success) return { formError: parsed.error.issues[0]?.message };
  const result = await changeAccount({ actorId: actor.id, targetId: parsed.data.userId, role: parsed.data.role });
  if (!result.ok) return { formError: result.error };
  revalidatePath("/admin/users");
  return { ok: true, formError: undefined, submission: Date.now() };
}

export async function setUserAccess(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = accessChange.safeParse({ userId: formData.get("userId"), disabled: formData.get("disabled") });
  const actor = await authorize("user:manage");
  if (!actor) return { formError: NO_PERMISSION };
  if (!parsed.success) return { formError: parsed.error.issues[0]?.message };
  const result = await changeAccount({ actorId: actor.id, targetId: parsed.data.userId, disabled: parsed.data.disabled });
  if (!result.ok) return { formError: result.error };
  revalidatePath("/admin/users");
  return { ok: true, submission: Date.now() };
}
