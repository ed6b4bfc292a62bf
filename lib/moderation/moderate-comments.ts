import "server-only";
import { recordPublishedComments } from "@/lib/notifications/comment-notifications";
import { learnFromDecisions, restoreSpamLabels } from "@/lib/spam/model";
import { readDiscussionSettings } from "@/lib/settings/store";
import type { Database } from "@/db";
import { getDb } from "@/lib/db";
import { deleteCommentUnlessAnswered, lockComment, setCommentStatus, updateCommentContent } from "@/db/queries/comments/moderation";
import {
  deleteComments,
  type EventChanges,
  lockModerationEvent,
  markEventUndone,
  recordModerationEvent,
  restoreDeletedRows,
  snapshotCommentTrees,
  type StatusChange,
} from "@/db/queries/moderation/events";
import { liftBlock } from "@/db/queries/moderation/blocks";
import { lockCommentsForModeration } from "@/db/queries/comments/queue";
import type { CommentStatus } from "@/db/schema";
import { commentBodyColumns } from "@/lib/markdown/comment";
import { applyAction, type ModerationAction } from "./transitions";

export interface ModerationItem {
  id: number;
  /** The status the moderator saw: if it changed meanwhile, the comment is left alone. */
  expected: CommentStatus;
}

export interface Skipped {
  id: number;
  reason: "gone" | "changed" | "not-applicable";
  /** Where the comment is now, when it still exists. */
  now?: CommentStatus;
}

export interface ModerationResult {
  eventId: number | null;
  applied: StatusChange[];
  skipped: Skipped[];
  /** Posts whose public thread changed (something left or joined "approved"). */
  publicPostIds: number[];
  /** Emails queued about it (to send once the response is out). */
  notices?: number;
}

/** An undo is offered for a few seconds; the server honours it for a while longer. */
export const UNDO_WINDOW_MS = 10 * 60_000;

/**
 * One moderation action on one or many comments, as one transaction and one audit
 * entry. Rows are locked in id order; a comment another moderator changed since
 * the page was drawn is skipped and reported, never changed twice.
 */
export async function moderateComments(input: {
  actorId: string;
  action: ModerationAction;
  items: ModerationItem[];
  /** Comments on posts that aren't published are out of reach (a moderator's view): treated as gone. */
  publicOnly?: boolean;
}): Promise<ModerationResult> {
  const expected = new Map(input.items.map((item) => [item.id, item.expected]));
  return getDb().transaction(async (tx) => {
    const rows = await lockCommentsForModeration(tx, [...expected.keys()]);
    const found = new Map(rows.map((row) => [row.id, row]));
    const applied: StatusChange[] = [];
    const skipped: Skipped[] = [];
    const publicPosts = new Set<number>();
    const updates = new Map<string, number[]>();

    for (const [id, saw] of expected) {
      const row = found.get(id);
      if (!row || (input.publicOnly && !row.onPublishedPost)) {
        skipped.push({ id, reason: "gone" });
        continue;
      }
      if (row.status !== saw) {
        skipped.push({ id, reason: "changed", now: row.status });
        continue;
      }
      const next = applyAction(input.action, row);
      if (next === null) {
        skipped.push({ id, reason: "not-applicable", now: row.status });
        continue;
      }
      const to = next === "deleted" ? "deleted" : next.status;
      applied.push({ id, from: row.status, to, previousBefore: row.previousStatus });
      if (row.status === "approved" || to === "approved") publicPosts.add(row.postId);
      if (next !== "deleted") {
        const key = `${next.status}|${next.previousStatus ?? ""}`;
        updates.set(key, [...(updates.get(key) ?? []), id]);
      }
    }

    for (const [key, ids] of updates) {
      const [status, previous] = key.split("|") as [CommentStatus, CommentStatus | ""];
      await setCommentStatus(tx, ids, status, previous || null);
    }

    // The spam filter learns from approve, spam and "not spam" decisions.
    const spamLearnedBefore = await learnFromDecisions(
      tx,
      input.action,
      applied.map((change) => change.id),
    );
    const changes: EventChanges = { changes: applied, ...(Object.keys(spamLearnedBefore).length ? { spamLearnedBefore } : {}) };
    if (input.action === "delete" && applied.length) {
      const ids = applied.map((change) => change.id);
      const tree = await snapshotCommentTrees(tx, ids);
      changes.deletedRows = tree;
      // Replies go with the comment; a published one among them changes its article.
      for (const row of tree) if (row.status === "approved") publicPosts.add(Number(row.post_id));
      await deleteComments(tx, ids);
    }

    const eventId = applied.length
      ? await recordModerationEvent(tx, { actorId: input.actorId, action: input.action, commentIds: applied.map((c) => c.id), changes })
      : null;
    // Newly published comments: their posts' authors hear of them (not of their own action).
    const published = applied.filter((change) => change.to === "approved" && change.from !== "approved").map((change) => change.id);
    const settings = await readDiscussionSettings(tx);
    const notices = await recordPublishedComments(tx, { commentIds: published, actorId: input.actorId, settings });
    return { eventId, applied, skipped, publicPostIds: [...publicPosts], notices };
  });
}

export type UndoResult =
  | { ok: false; message: string }
  | { ok: true; eventId: number; restored: number; skipped: Skipped[]; publicPostIds: number[] };

/** Reverses one action for each comment still where that action left it. Recorded as its own audit entry. */
export async function undoModeration(input: {
  actorId: string;
  eventId: number;
  /** A moderator undoes their own actions only; editors and admins anyone's. */
  ownOnly?: boolean;
  now?: Date;
}): Promise<UndoResult> {
  return getDb().transaction(async (tx) => {
    const event = await lockModerationEvent(tx, input.eventId);
    if (!event || event.action === "undo") return { ok: false, message: "There is nothing to undo." };
    if (input.ownOnly && event.actorId !== input.actorId) return { ok: false, message: "You can only undo your own actions." };
    if (event.undoneBy !== null) return { ok: false, message: "That action was already undone." };
    if ((input.now ?? new Date()).getTime() - event.createdAt.getTime() > UNDO_WINDOW_MS) {
      return { ok: false, message: "That action is too old to undo here. Change the comments again instead." };
    }
    const publicPosts = new Set<number>();
    const skipped: Skipped[] = [];
    const reverted: StatusChange[] = [];

    if (event.action === "delete") {
      const rows = (event.changes.deletedRows ?? []) as { post_id: number; status: string }[];
      await restoreDeletedRows(tx, rows);
      for (const row of rows) if (row.status === "approved") publicPosts.add(Number(row.post_id));
      for (const change of event.changes.changes) reverted.push({ id: change.id, from: "deleted", to: change.from, previousBefore: null });
    } else {
      const current = new Map((await lockCommentsForModeration(tx, event.changes.changes.map((c) => c.id))).map((row) => [row.id, row]));
      for (const change of event.changes.changes) {
        const row = current.get(change.id);
        if (!row) {
          skipped.push({ id: change.id, reason: "gone" });
          continue;
        }
        if (change.from === "deleted" || row.status !== change.to) {
          skipped.push({ id: change.id, reason: "changed", now: row.status });
          continue;
        }
        await setCommentStatus(tx, [change.id], change.from, change.previousBefore);
        reverted.push({ id: change.id, from: row.status, to: change.from, previousBefore: row.previousStatus });
        if (change.from === "approved" || change.to === "approved") publicPosts.add(row.postId);
      }
    }

    // What a reply, an edit or a block did besides changing statuses.
    const extra = event.changes;
    if (extra.reply) {
      const removed = await deleteCommentUnlessAnswered(tx, extra.reply.id);
      if (removed) publicPosts.add(removed.postId);
      else skipped.push({ id: extra.reply.id, reason: "changed" });
    }
    if (extra.edit) {
      const restored = await restoreCommentFields(tx, event.commentIds[0]!, extra.edit);
      if (restored) {
        reverted.push({ id: restored.id, from: restored.status, to: restored.status, previousBefore: null });
        if (restored.status === "approved") publicPosts.add(restored.postId);
      } else {
        skipped.push({ id: event.commentIds[0]!, reason: "changed" });
      }
    }
    if (extra.block && event.action === "block") await liftBlock(tx, extra.block.id, input.actorId);

    // What the undone action taught the spam filter comes off again, exactly (for the comments put back).
    const putBack = new Set(reverted.map((change) => String(change.id)));
    await restoreSpamLabels(tx, Object.fromEntries(Object.entries(event.changes.spamLearnedBefore ?? {}).filter(([id]) => putBack.has(id))));

    const undoId = await recordModerationEvent(tx, {
      actorId: input.actorId,
      action: "undo",
      commentIds: event.commentIds,
      changes: { changes: reverted, undoOf: event.id },
    });
    await markEventUndone(tx, event.id, undoId);
    return { ok: true, eventId: undoId, restored: reverted.length, skipped, publicPostIds: [...publicPosts] };
  });
}

/** Puts back a comment's text and author details, if nobody changed them again since. */
async function restoreCommentFields(
  tx: Database,
  id: number,
  edit: { before: Record<string, string>; after: Record<string, string> },
): Promise<{ id: number; status: CommentStatus; postId: number } | null> {
  const row = await lockComment(tx, id);
  if (!row) return null;
  const now = { body: row.body, name: row.authorName, email: row.authorEmail, url: row.authorUrl ?? "" };
  if (Object.entries(edit.after).some(([key, value]) => now[key as keyof typeof now] !== value)) return null;
  await updateCommentContent(tx, id, {
    ...commentBodyColumns(edit.before.body ?? row.body),
    authorName: edit.before.name ?? row.authorName,
    authorEmail: edit.before.email ?? row.authorEmail,
    authorUrl: edit.before.url || null,
  });
  return { id, status: row.status, postId: row.postId };
}
