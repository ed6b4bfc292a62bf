import "server-only";
import { countActiveAdminsLocked, lockUser, setUserDisabled, setUserRole } from "@/db/queries/users/admin";
import { getDb } from "@/lib/db";
import type { UserRole } from "@/db/schema";
import { accountChangeProblem } from "./account-rules";

export type AccountChangeResult = { ok: true } | { ok: false; error: string };

/**
 * Changes a role or the disabled state under the guards in account-rules, in one
 * transaction that locks the admins first, so two admins demoting each other at
 * the same moment can't leave the site with none. The caller has already checked
 * that the actor may manage users.
 */
export async function changeAccount(input: {
  actorId: string;
  targetId: string;
  role?: UserRole;
  disabled?: boolean;
}): Promise<AccountChangeResult> {
  return getDb().transaction(async (tx) => {
    const activeAdmins = await countActiveAdminsLocked(tx);
    const target = await lockUser(tx, { id: input.targetId });
    if (!target) return { ok: false, error: "That account no longer exists." };
    const problem = accountChangeProblem({ actorId: input.actorId, target, role: input.role, disabled: input.disabled, activeAdmins });
    if (problem) return { ok: false, error: problem };
    if (input.role !== undefined && input.role !== target.role) await setUserRole(tx, { id: target.id, role: input.role });
    if (input.disabled !== undefined && input.disabled !== target.disabled) {
      await setUserDisabled(tx, { id: target.id, disabled: input.disabled });
    }
    return { ok: true };
  });
}
