import "server-only";
import { listQueue, listQueueIds, type QueueFilters, queueCounts } from "@/db/queries/comments/queue";
import { listActiveBlocks } from "@/db/queries/moderation/blocks";
import { listAuditLog } from "@/db/queries/moderation/events";
import type { Cursor } from "@/lib/cursor";
import { getDb } from "@/lib/db";
import { withCommentHtml } from "@/lib/markdown/comment";
import { type Actor, can } from "@/lib/permissions";

// What the moderation pages read. Moderators reach comments on published posts
// only (what readers can see); editors and admins reach every comment.

export { type QueueView, queueViews } from "@/db/queries/comments/queue";

/** Reasons the queue filters on: why a rule held a comment or sent it to spam. */
export const queueReasons = [
  "spam-filter",
  "honeypot",
  "too-fast",
  "disallowed-keyword",
  "blocked-commenter",
  "first-time-commenter",
  "too-many-links",
  "moderation-keyword",
  "manual-approval",
] as const;

const publicOnlyFor = (actor: Actor) => !can(actor, "comment:moderate-beyond-public");

/** One page of the queue (each comment's HTML ready) and the tab counts, as far as this actor may see. */
export async function loadQueue(actor: Actor, filters: Omit<QueueFilters, "publicOnly">, page: { limit: number; after?: Cursor | null }) {
  const publicOnly = publicOnlyFor(actor);
  const db = getDb();
  const [counts, { rows, ...more }] = await Promise.all([queueCounts(db, { publicOnly }), listQueue(db, { ...filters, publicOnly }, page)]);
  return { counts, rows: withCommentHtml(rows), ...more };
}

/** Every comment the filter matches that this actor may act on ("select all matching"). */
export function matchingCommentIds(actor: Actor, filters: Omit<QueueFilters, "publicOnly">) {
  return listQueueIds(getDb(), { ...filters, publicOnly: publicOnlyFor(actor) });
}

export const listAuditEntries = (filters: Parameters<typeof listAuditLog>[1], page: Parameters<typeof listAuditLog>[2]) =>
  listAuditLog(getDb(), filters, page);
export const listBlocks = () => listActiveBlocks(getDb());
