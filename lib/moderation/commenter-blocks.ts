import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { getDb } from "@/lib/db";
import { insertBlock, liftBlock } from "@/db/queries/moderation/blocks";
import { deleteComments, recordModerationEvent, snapshotCommentTrees, type StatusChange } from "@/db/queries/moderation/events";
import { getRoleByEmail, getUserRole } from "@/db/queries/users/accounts";
import { type BlockKind, comments, moderationEvents, type UserRole, users } from "@/db/schema";
import { type Actor, can, canModerateCommenter } from "@/lib/permissions";

// Blocking, suspending and clearing out a commenter. Each is one transaction and
// one audit entry; hidden comments go to spam (never purged) so lifting the block
// can bring them back.

export interface Commenter {
  kind: BlockKind;
  value: string;
}

export function commenterMatch({ kind, value }: Commenter) {
  if (kind === "account") return eq(comments.userId, value);
  if (kind === "email") return sql`lower(${comments.authorEmail}) = ${value.toLowerCase()}`;
  return eq(comments.ip, value);
}

/** Comments by guests, or by accounts with one of these roles: what a moderator may clear out. */
function writtenByRoles(roles: readonly UserRole[]) {
  return or(isNull(comments.userId), inArray(comments.userId, getDb().select({ id: users.id }).from(users).where(inArray(users.role, [...roles]))))!;
}

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

async function setStatuses(tx: Database, changes: StatusChange[]) {
  for (const change of changes) {
    if (change.to === "deleted") continue;
    await tx
      .update(comments)
      .set({ status: change.to, previousStatus: change.to === "spam" ? (change.from as "approved" | "pending") : null, updatedAt: new Date() })
      .where(eq(comments.id, change.id));
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
      const visible = await tx
        .select({ id: comments.id, status: comments.status, previousStatus: comments.previousStatus, postId: comments.postId })
        .from(comments)
        .where(and(commenterMatch({ kind: input.commenter.kind, value }), inArray(comments.status, ["approved", "pending"]), writtenByRoles(input.roles)))
        .orderBy(comments.id)
        .for("update");
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
      const [event] = await tx
        .select({ changes: moderationEvents.changes })
        .from(moderationEvents)
        .where(and(eq(moderationEvents.action, "block"), sql`${moderationEvents.changes} -> 'block' ->> 'id' = ${String(block.id)}`))
        .limit(1);
      const hidden = ((event?.changes as { changes?: StatusChange[] } | undefined)?.changes ?? []).filter((change) => change.to === "spam");
      if (hidden.length) {
        const now = await tx
          .select({ id: comments.id, status: comments.status, postId: comments.postId })
          .from(comments)
          .where(inArray(comments.id, hidden.map((change) => change.id)))
          .for("update");
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
    const rows = await tx
      .select({ id: comments.id, status: comments.status, previousStatus: comments.previousStatus })
      .from(comments)
      .where(and(commenterMatch(input.commenter), writtenByRoles(input.roles)))
      .orderBy(comments.id)
      .for("update");
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
