import "server-only";
import { and, asc, count, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { type CommentStatus, comments } from "../../schema";
import { getPostForComment } from "./submission";

// A commenter's own comments: which ones they may still change, and the
// locked read-then-write behind each change.

/** Who is asking: an account, and/or the comment ids this browser's signed cookie vouches for. */
export interface CommentOwner {
  userId: string | null;
  ids: number[];
}

function ownedBy(owner: CommentOwner) {
  const clauses = [
    ...(owner.userId ? [eq(comments.userId, owner.userId)] : []),
    // A cookie only vouches for guest comments: an account's comments need the account.
    ...(owner.ids.length ? [and(inArray(comments.id, owner.ids), isNull(comments.userId))] : []),
  ];
  return clauses.length ? or(...clauses) : null;
}

export function isOwnedBy(comment: { id: number; userId: string | null }, owner: CommentOwner): boolean {
  if (comment.userId !== null) return comment.userId === owner.userId;
  return owner.ids.includes(comment.id);
}

/** The viewer's comments on a post written after `since` (the start of the change window). */
export async function listChangeableComments(
  db: Database,
  options: CommentOwner & { postId: number; since: Date },
): Promise<{ id: number; body: string; status: CommentStatus; createdAt: Date; replyCount: number }[]> {
  const owned = ownedBy(options);
  if (!owned) return [];
  const { since } = options;
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      replyCount: sql<number>`(select count(*)::int from ${comments} as r where r.parent_id = ${comments.id})`,
    })
    .from(comments)
    .where(
      and(
        eq(comments.postId, options.postId),
        owned,
        inArray(comments.status, ["approved", "pending"]),
        gt(comments.createdAt, since),
      ),
    )
    .orderBy(asc(comments.createdAt))
    .limit(20);
  return rows.map((row) => ({ ...row, replyCount: Number(row.replyCount) }));
}

/** The comment, its post and its reply count, with the comment row locked until the transaction ends. */
export async function lockCommentForChange(db: Database, id: number) {
  const [row] = await db
    .select({
      id: comments.id,
      postId: comments.postId,
      userId: comments.userId,
      status: comments.status,
      createdAt: comments.createdAt,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      authorUrl: comments.authorUrl,
    })
    .from(comments)
    .where(eq(comments.id, id))
    .for("update")
    .limit(1);
  if (!row) return null;
  // Counted after the lock: a reply inserted before it is seen, and a reply
  // arriving now waits on its key-share lock of the parent (getParentForReply) until we commit.
  const [replies] = await db.select({ n: count() }).from(comments).where(eq(comments.parentId, id));
  const post = await getPostForComment(db, row.postId);
  return { ...row, replyCount: Number(replies?.n ?? 0), post };
}

export async function updateOwnCommentBody(
  db: Database,
  id: number,
  change: { body: string; bodyHtml: string; bodyHtmlVersion: number; status: CommentStatus; moderationReason?: string },
): Promise<void> {
  await db
    .update(comments)
    .set({
      body: change.body,
      bodyHtml: change.bodyHtml,
      bodyHtmlVersion: change.bodyHtmlVersion,
      status: change.status,
      ...(change.moderationReason !== undefined ? { moderationReason: change.moderationReason } : {}),
      editedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(eq(comments.id, id));
}

export async function deleteOwnComment(db: Database, id: number): Promise<void> {
  await db.delete(comments).where(eq(comments.id, id));
}
