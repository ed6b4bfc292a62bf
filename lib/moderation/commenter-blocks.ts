import "server-only";
import type { Database } from "@/db";
import { getDb } from "@/lib/db";
import { type Commenter, lockCommenterComments, lockCommentStatuses, setCommentStatus } from "@/db/queries/comments/moderation";
import { insertBlock, liftBlock } from "@/db/queries/moderation/blocks";
import { deleteComments, findBlockEventChanges, recordModerationEvent, snapshotCommentTrees, type StatusChange } from "@/db/queries/moderation/events";
import { getRoleByEmail, getUserRole } from "@/db/queries/users/accounts";
import type { UserRole } from "@/db/schema";
import { type Actor, can, canModerateCommenter } from "@/lib/permissions";

// Blocking, suspending and clearing out a commenter. Each is one transaction and
// one audit entry; hidden comments go to spam (never purged) so lifting the block
// can bring them back.

export type { Commenter } from "@/db/queries/comments/moderation";

/**
 * May this moderator block or clear out the commenter? By account: the account's
 * role decides; by email: the role of the account using it, if any. By address
 * anyone may be blocked (staff comments are published whatever their address),
 * and what is hidden or deleted is limited to comments the moderator may touch.
 */
export async function mayModerateCommenter(actor: Actor, commenter: Commenter): Promise<boolean> {
  if (commenter.kind === "ip") return can(actor, "comment:moderate");
  const role = commenter.kind === "account" ? await getUserRole(getDb(), { id: commenter.value }) : await getRoleByEmail(getDb(), { email: commenter.value });
  return canModerateCommenter(actor, role);
}

/** Hiding remembers where each comment was; bringing it back clears that. */
async function setStatuses(tx: Database, changes: StatusChange[]) {
  for (const change of changes) {
    if (change.to === "deleted" || change.from === "deleted") continue;
    await setCommentStatus(tx, [change.id], change.to, change.to === "spam" ? change.from : null);
  }
}

export async function blockCommenter(input: {
  actorId: string;
  /** The roles whose comments "hide existing" may touch (see moderatableRoles). */
  roles: readonly UserRole[];
  commenter: Commenter;
  reason: string;
  endsAt: Date | null;
  hideExisting: boolean;
}): Promise<{ blockId: number; eventId: number; hidden: number; publicPostIds: number[] }> {
  const value = input.commenter.kind === "email" ? input.commenter.value.toLowerCase() : input.commenter.value;
  return getDb().transaction(async (tx) => {
    const blockId = await insertBlock(tx, { kind: input.commenter.kind, value, reason: input.reason, endsAt: input.endsAt, hideExisting: input.hideExisting, createdBy: input.actorId });
    let changes: StatusChange[] = [];
    const publicPosts = new Set<number>();
    if (input.hideExisting) {
      const visible = await lockCommenterComments(tx, { kind: input.commenter.kind, value }, input.roles, ["approved", "pending"]);
      changes = visible.map((row) => ({ id: row.id, from: row.status, to: "spam" as const, previousBefore: row.previousStatus }));
      for (const row of visible) if (row.status === "approved") publicPosts.add(row.postId);
      await setStatuses(tx, changes);
    }
    const eventId = await recordModerationEvent(tx, {
      actorId: input.actorId,
      action: "block",
      commentIds: changes.map((change) => change.id),
      changes: { changes, block: { id: blockId, kind: input.commenter.kind, value, reason: input.reason, endsAt: input.endsAt?.toISOString() ?? null } },
    });
    return { blockId, eventId, hidden: changes.length, publicPostIds: [...publicPosts] };
  });
}

/** Ends a block early; comments it hid come back if nobody has moved them since. */
export async function liftCommenterBlock(input: { actorId: string; blockId: number }): Promise<{ ok: boolean; restored: number; publicPostIds: number[] }> {
  return getDb().transaction(async (tx) => {
    const block = await liftBlock(tx, input.blockId, input.actorId);
    if (!block) return { ok: false, restored: 0, publicPostIds: [] };
    const restored: StatusChange[] = [];
    const publicPosts = new Set<number>();
    if (block.hideExisting) {
      const event = await findBlockEventChanges(tx, block.id);
      const hidden = (event?.changes ?? []).filter((change) => change.to === "spam");
      if (hidden.length) {
        const now = await lockCommentStatuses(
          tx,
          hidden.map((change) => change.id),
        );
        const still = new Map(now.filter((row) => row.status === "spam").map((row) => [row.id, row]));
        for (const change of hidden) {
          const row = still.get(change.id);
          if (!row) continue;
          restored.push({ id: change.id, from: "spam", to: change.from, previousBefore: "spam" });
          if (change.from === "approved") publicPosts.add(row.postId);
        }
        await setStatuses(tx, restored);
      }
    }
    await recordModerationEvent(tx, {
      actorId: input.actorId,
      action: "unblock",
      commentIds: restored.map((change) => change.id),
      changes: { changes: restored, block: { id: block.id, kind: block.kind, value: block.value, reason: block.reason, endsAt: block.endsAt?.toISOString() ?? null } },
    });
    return { ok: true, restored: restored.length, publicPostIds: [...publicPosts] };
  });
}

/** Deletes every comment by the commenter (with the replies under them), undoable like any delete. */
export async function deleteAllByCommenter(input: {
  actorId: string;
  commenter: Commenter;
  roles: readonly UserRole[];
}): Promise<{ eventId: number | null; deleted: number; publicPostIds: number[] }> {
  return getDb().transaction(async (tx) => {
    const rows = await lockCommenterComments(tx, input.commenter, input.roles);
    if (rows.length === 0) return { eventId: null, deleted: 0, publicPostIds: [] };
    const ids = rows.map((row) => row.id);
    const tree = await snapshotCommentTrees(tx, ids);
    const publicPosts = new Set(tree.filter((row) => row.status === "approved").map((row) => Number(row.post_id)));
    await deleteComments(tx, ids);
    const eventId = await recordModerationEvent(tx, {
      actorId: input.actorId,
      action: "delete",
      commentIds: ids,
      changes: { changes: rows.map((row) => ({ id: row.id, from: row.status, to: "deleted" as const, previousBefore: row.previousStatus })), deletedRows: tree },
    });
    return { eventId, deleted: tree.length, publicPostIds: [...publicPosts] };
  });
}
