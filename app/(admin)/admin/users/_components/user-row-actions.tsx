"use client";

import { useActionState } from "react";
import type { UserRole } from "@/db/schema";
import { changeUserRole, setUserAccess } from "../actions";

const ROLE_LABELS: Record<UserRole, string> = {
  reader: "Reader",
  author: "Author",
  editor: "Editor",
  moderator: "Moderator",
  admin: "Admin",
};

export function UserRowActions({
  user,
  isSelf,
}: {
  user: { id: string; name: string; role: UserRole; disabled: boolean };
  isSelf: boolean;
}) {
  const [roleState, roleAction, rolePending] = useActionState(changeUserRole, {});
  const [accessState, accessAction, accessPending] = useActionState(setUserAccess, {});
  const error = roleState.formError ?? accessState.formError;
  const saved = !error && roleState.ok ? `Role saved for ${user.name}.` : null;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex items-center gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            Role for {user.name}
          </label>
          <select
            // Remounts with the saved role: React resets forms after an action,
            // which would otherwise show the old default until the next render.
            key={user.role}
            id={`role-${user.id}`}
            name="role"
            defaultValue={user.role}
            disabled={isSelf}
            className="rounded border border-stone-400 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900"
          >
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit" disabled={isSelf || rolePending} aria-label={`Save role for ${user.name}`} className="rounded border border-stone-500 px-2 py-1 text-sm font-semibold disabled:opacity-50">
            Save
          </button>
        </form>
        <form action={accessAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" disabled={isSelf || accessPending} className="rounded border border-stone-500 px-2 py-1 text-sm font-semibold disabled:opacity-50">
            {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
          </button>
        </form>
      </div>
      <p aria-live="polite" className={`text-sm font-semibold ${error ? "text-accent dark:text-accent-dark" : ""}`}>
        {error ?? saved}
      </p>
    </div>
  );
}
