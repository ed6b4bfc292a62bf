import "server-only";
import { and, desc, eq, getTableColumns, lt, or, sql } from "drizzle-orm";
import type { Keyset as Cursor } from "../keyset";
import type { Database } from "../../client";
import { type CommentStatus, comments, moderationEvents, users } from "../../schema";

export interface StatusChange {
  id: number;
  from: CommentStatus | "deleted";
  to: CommentStatus | "deleted";
  /** previous_status before the action, so undo restores it exactly. */
  previousBefore: CommentStatus | null;
}

export interface EventChanges {
  changes: StatusChange[];
  /** Rows removed by a delete (the comment and its replies), as stored, so undo can put them back. */
  deletedRows?: unknown[];
  /** On an undo: the event it reversed. */
  undoOf?: number;
  /** On a reply from the queue: the new comment and the one it answers. */
  reply?: { id: number; to: number };
  /** On a block or unblock: the block itself. */
  block?: { id: number; kind: string; value: string; reason: string; endsAt: string | null };
  /** On an edit from the queue: the comment's text and author details before and after. */
  edit?: { before: Record<string, string>; after: Record<string, string> };
  /** What the spam filter had learned from each comment before this action taught it otherwise ("none": nothing). */
  spamLearnedBefore?: Record<string, "spam" | "ham" | "none">;
}

export async function recordModerationEvent(
  db: Database,
  event: { actorId: string | null; action: string; commentIds: number[]; changes: EventChanges },
): Promise<number> {
  const [row] = await db
    .insert(moderationEvents)
    .values({ actorId: event.actorId, action: event.action, commentIds: event.commentIds, changes: event.changes })
    .returning({ id: moderationEvents.id });
  return row!.id;
}

export async function lockModerationEvent(db: Database, id: number) {
  const [row] = await db.select().from(moderationEvents).where(eq(moderationEvents.id, id)).for("update").limit(1);
  return row ? { ...row, changes: row.changes as EventChanges } : null;
}

/** What the block with this id changed when it was placed (the comments it hid), if it was recorded. */
export async function findBlockEventChanges(db: Database, blockId: number): Promise<EventChanges | null> {
  const [event] = await db
    .select({ changes: moderationEvents.changes })
    .from(moderationEvents)
    .where(and(eq(moderationEvents.action, "block"), sql`${moderationEvents.changes} -> 'block' ->> 'id' = ${String(blockId)}`))
    .limit(1);
  return event ? (event.changes as EventChanges) : null;
}

export async function markEventUndone(db: Database, id: number, undoneBy: number): Promise<void> {
  await db.update(moderationEvents).set({ undoneBy }).where(eq(moderationEvents.id, id));
}

/** The comment and every reply under it, as stored (snake_case, as the table has them). */
export async function snapshotCommentTrees(db: Database, ids: number[]): Promise<Record<string, unknown>[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    with recursive tree as (
      select c.* from comments c where c.id = any(${`{${ids.join(",")}}`}::int[])
      union all
      select child.* from comments child join tree on child.parent_id = tree.id
    )
    select to_jsonb(tree) as row from tree order by depth, id`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { row: Record<string, unknown> }[];
  // A reply by the same commenter is reached twice (as itself and as a child): keep one.
  const seen = new Set<unknown>();
  return rows.map((r) => r.row).filter((row) => !seen.has(row.id) && seen.add(row.id));
}

const RESTORED_COLUMNS = Object.values(getTableColumns(comments))
  .filter((column) => !column.generated)
  .map((column) => column.name);

/** Puts deleted rows back with their own ids, parents first. Rows that exist again are left alone. */
export async function restoreDeletedRows(db: Database, rows: unknown[]): Promise<number> {
  if (rows.length === 0) return 0;
  // Every stored column but the generated search column, which recomputes itself.
  const columns = sql.raw(RESTORED_COLUMNS.map((column) => `"${column}"`).join(", "));
  const selected = sql.raw(RESTORED_COLUMNS.map((column) => `r."${column}"`).join(", "));
  const result = await db.execute(sql`
    insert into comments (${columns}) overriding system value
    select ${selected} from jsonb_populate_recordset(null::comments, ${JSON.stringify(rows)}::jsonb) r
    where not exists (select 1 from comments c where c.id = r.id)
    order by r.depth, r.id
    returning id`);
  const restored = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as unknown[];
  return restored.length;
}

export async function deleteComments(db: Database, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(comments).where(sql`${comments.id} = any(${`{${ids.join(",")}}`}::int[])`);
}

export interface AuditEntry {
  id: number;
  action: string;
  actorName: string | null;
  commentIds: number[];
  changes: EventChanges;
  undoneBy: number | null;
  createdAt: Date;
}

/** The audit log, newest first, optionally for one moderator or one comment. */
export function auditLogQuery(db: Database, filters: { actorId?: string; commentId?: number }, page: { limit: number; after?: Cursor | null }) {
  const conditions = [];
  if (filters.actorId) conditions.push(eq(moderationEvents.actorId, filters.actorId));
  if (filters.commentId) conditions.push(sql`${moderationEvents.commentIds} @> ${`{${filters.commentId}}`}::int[]`);
  if (page.after) {
    const at = sql`${page.after.at.toISOString()}::timestamptz`;
    conditions.push(or(lt(moderationEvents.createdAt, at), and(eq(moderationEvents.createdAt, at), lt(moderationEvents.id, page.after.id)))!);
  }
  return db
    .select({
      id: moderationEvents.id,
      action: moderationEvents.action,
      actorName: users.name,
      commentIds: moderationEvents.commentIds,
      changes: moderationEvents.changes,
      undoneBy: moderationEvents.undoneBy,
      createdAt: moderationEvents.createdAt,
    })
    .from(moderationEvents)
    .leftJoin(users, eq(users.id, moderationEvents.actorId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(moderationEvents.createdAt), desc(moderationEvents.id))
    .limit(page.limit + 1);
}

export async function listAuditLog(db: Database, filters: { actorId?: string; commentId?: number }, page: { limit: number; after?: Cursor | null }) {
  const rows = await auditLogQuery(db, filters, page);
  const shown = rows.slice(0, page.limit) as AuditEntry[];
  const last = shown[shown.length - 1];
  return { entries: shown, next: rows.length > page.limit && last ? { at: last.createdAt, id: last.id } : null };
}
