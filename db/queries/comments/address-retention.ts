import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "../../client";
import { rowsOf } from "../../rows";

/**
 * Removes commenters' IP addresses and browser names from comments, and IP
 * addresses from reports, made before `before`: at most `limit` rows of each per
 * call, oldest first, on indexes that hold only rows still keeping an address.
 * A report keyed by a guest's address keeps its row (the count stays) under a key
 * that no longer names the address.
 */
export async function forgetOldAddresses(db: Database, { before, limit = 10_000 }: { before: Date; limit?: number }): Promise<{ comments: number; reports: number }> {
  const at = before.toISOString();
  const comments = rowsOf<{ id: number }>(
    await db.execute(sql`
      update comments set ip = null, ip_key = null, user_agent = null
      where id in (
        select id from comments
        where (ip_key is not null or user_agent is not null) and created_at < ${at}::timestamptz
        order by created_at
        limit ${limit}
      )
      returning id`),
  );
  const reports = rowsOf<{ id: number }>(
    await db.execute(sql`
      update comment_reports
      set ip = null, reporter_key = case when reporter_key like 'ip:%' then 'forgotten:' || id else reporter_key end
      where id in (
        select id from comment_reports where ip is not null and created_at < ${at}::timestamptz order by created_at limit ${limit}
      )
      returning id`),
  );
  return { comments: comments.length, reports: reports.length };
}
