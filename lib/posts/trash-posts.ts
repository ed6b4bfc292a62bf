import "server-only";
import { getDb } from "@/lib/db";
import { lockPostsForChange, movePostsToTrash } from "@/db/queries/posts/admin-list";
import type { ActiveUser } from "@/db/queries/users/accounts";
import { can } from "@/lib/permissions";

/**
 * Moves posts to the trash, each one only if this person may delete it (authors:
 * their own drafts, pending and unpublished posts; editors and admins: any).
 * One transaction; the rest are reported, not changed.
 */
export async function trashPosts(actor: ActiveUser, ids: number[]) {
  return getDb().transaction(async (tx) => {
    const rows = await lockPostsForChange(tx, ids);
    const allowed = rows.filter((row) => row.status !== "trash" && can(actor, "post:delete", row));
    await movePostsToTrash(tx, allowed.map((row) => row.id));
    return {
      trashed: allowed,
      refused: ids.filter((id) => !allowed.some((row) => row.id === id)),
    };
  });
}
