import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "../../client";
import { recordModerationEvent } from "../moderation/events";

/**
 * Deletes comments that have sat in the trash longer than the given age, a batch
 * at a time. A trashed comment that still has replies is kept, so the replies
 * (which may be published) are never removed with it. Logged as one audit entry.
 */
export async function purgeOldTrash(db: Database, options: { olderThanDays: number; now: Date; limit?: number }): Promise<number[]> {
  const cutoff = new Date(options.now.getTime() - options.olderThanDays * 86_400_000).toISOString();
  const result = await db.execute(sql`
    delete from comments c
    where c.id in (
      select t.id from comments t
      where t.status = 'trash' and t.updated_at < ${cutoff}::timestamptz
        and not exists (select 1 from comments r where r.parent_id = t.id)
      order by t.updated_at
      limit ${options.limit ?? 5000}
    )
    returning c.id`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: number }[];
  const ids = rows.map((row) => Number(row.id));
  if (ids.length) {
    await recordModerationEvent(db, {
      actorId: null,
      action: "purge",
      commentIds: ids,
      changes: { changes: ids.map((id) => ({ id, from: "trash" as const, to: "deleted" as const, previousBefore: null })) },
    });
  }
  return ids;
}
