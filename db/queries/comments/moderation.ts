import "server-only";
import { and, eq, inArray, isNull, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../client";
import { type BlockKind, type CommentStatus, comments, type UserRole, users } from "../../schema";

// The writes moderators make to comments: statuses, corrections, replies undone,
// and a commenter's comments found by account, email or address. Callers hold a
// transaction; rows that are about to change are locked first.

/** A commenter as a block names them. */
export interface Commenter {
  kind: BlockKind;
  value: string;
}

function commenterMatch({ kind, value }: Commenter) {
  if (kind === "account") return eq(comments.userId, value);
  if (kind === "email") return sql`lower(${comments.authorEmail}) = ${value.toLowerCase()}`;
  return eq(comments.ip, value);
}

/** Comments by guests, or by accounts with one of these roles: what a moderator may clear out. */
function writtenByRoles(db: Database, roles: readonly UserRole[]) {
  return or(isNull(comments.userId), inArray(comments.userId, db.select({ id: users.id }).from(users).where(inArray(users.role, [...roles]))))!;
}

/** One comment, locked for the rest of the transaction. */
export async function lockComment(db: Database, id: number) {
  const [row] = await db.select().from(comments).where(eq(comments.id, id)).for("update").limit(1);
  return row ?? null;
}

/** Where these comments stand now, locked, in id order. */
export async function lockCommentStatuses(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: comments.id, status: comments.status, previousStatus: comments.previousStatus, postId: comments.postId })
    .from(comments)
    .where(inArray(comments.id, ids))
    .orderBy(comments.id)
    .for("update");
}

/** The commenter's comments a moderator with these roles in reach may touch, locked, in id order; optionally only those in some statuses. */
export async function lockCommenterComments(db: Database, commenter: Commenter, roles: readonly UserRole[], statuses?: readonly CommentStatus[]) {
  return db
    .select({ id: comments.id, status: comments.status, previousStatus: comments.previousStatus, postId: comments.postId })
    .from(comments)
    .where(and(commenterMatch(commenter), writtenByRoles(db, roles), statuses ? inArray(comments.status, [...statuses]) : undefined))
    .orderBy(comments.id)
    .for("update");
}

/** Moves comments to a status, remembering where they were (for "not spam" and "restore"). */
export async function setCommentStatus(db: Database, ids: number[], status: CommentStatus, previousStatus: CommentStatus | null): Promise<void> {
  if (ids.length === 0) return;
  await db.update(comments).set({ status, previousStatus, updatedAt: new Date() }).where(inArray(comments.id, ids));
}

/** What a moderator may correct: the text (with its stored HTML) and the author's details. */
export interface CommentContent {
  body: string;
  bodyHtml: string;
  bodyHtmlVersion: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
}

export async function updateCommentContent(db: Database, id: number, content: CommentContent): Promise<void> {
  await db
    .update(comments)
    .set({ ...content, updatedAt: new Date() })
    .where(eq(comments.id, id));
}

/** Deletes a comment unless someone has answered it; says which article it was on. */
export async function deleteCommentUnlessAnswered(db: Database, id: number): Promise<{ postId: number } | null> {
  const child = alias(comments, "child");
  const [row] = await db
    .delete(comments)
    .where(and(eq(comments.id, id), notExists(db.select({ id: child.id }).from(child).where(eq(child.parentId, id)))))
    .returning({ postId: comments.postId });
  return row ?? null;
}
