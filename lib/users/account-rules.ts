import type { UserRole } from "@/db/schema";

export interface AccountChange {
  actorId: string;
  target: { id: string; role: UserRole; disabled: boolean };
  /** The new role, when the role changes. */
  role?: UserRole;
  /** The new state, when the account is disabled or enabled. */
  disabled?: boolean;
  /** Active admins right now, counted under a lock by the caller. */
  activeAdmins: number;
}

/**
 * The guards on managing accounts: nobody changes their own role or disables
 * themselves, and the site always keeps at least one active admin. Returns the
 * reason a change is refused, or null when it may go ahead.
 */
export function accountChangeProblem(change: AccountChange): string | null {
  const { actorId, target, role, disabled, activeAdmins } = change;
  const self = actorId === target.id;
  if (self && role !== undefined && role !== target.role) return "You can’t change your own role.";
  if (self && disabled === true) return "You can’t disable your own account.";
  const losesAdmin =
    target.role === "admin" && !target.disabled && ((role !== undefined && role !== "admin") || disabled === true);
  if (losesAdmin && activeAdmins <= 1) return "This is the last active admin. Make someone else an admin first.";
  return null;
}
