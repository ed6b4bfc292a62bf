import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { comments, type NotificationKind, type NotificationMode, notificationPreferences, posts, users } from "../schema";

export interface Recipient {
  id: string;
  email: string;
  name: string;
}

/** Whether `kind` is wanted when a person has said nothing: every kind is, until they opt out. */
const wanted = (kind: NotificationKind) => sql`coalesce((
  select ${notificationPreferences.mode} from ${notificationPreferences}
  where ${notificationPreferences.userId} = ${users.id} and ${notificationPreferences.kind} = ${kind}
), 'each') <> 'none'`;

/**
 * Active moderators, editors and admins who want to hear of held comments, but
 * not `exceptUserId`, each with how: one email each time, or a digest.
 */
export async function listHeldCommentRecipients(db: Database, exceptUserId: string | null): Promise<(Recipient & { mode: "each" | "digest"; digestMinutes: number | null })[]> {
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, mode: notificationPreferences.mode, digestMinutes: notificationPreferences.digestMinutes })
    .from(users)
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, "comment-held")))
    .where(
      and(
        inArray(users.role, ["moderator", "editor", "admin"]),
        isNull(users.disabledAt),
        sql`coalesce(${notificationPreferences.mode}, 'each') <> 'none'`,
        exceptUserId ? ne(users.id, exceptUserId) : undefined,
      ),
    );
  return rows.map((row) => ({ ...row, mode: row.mode === "digest" ? "digest" : "each" }));
}

/** For each comment: its post and the post's author, when the author is active and wants such mail. */
export async function listPostAuthorsToNotify(db: Database, commentIds: number[]) {
  if (commentIds.length === 0) return [];
  return db
    .select({
      commentId: comments.id,
      commentUserId: comments.userId,
      commenterName: comments.authorName,
      body: comments.body,
      postId: posts.id,
      headline: posts.headline,
      slug: posts.slug,
      author: { id: users.id, email: users.email, name: users.name },
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(inArray(comments.id, commentIds), eq(posts.status, "published"), isNull(users.disabledAt), wanted("comment-on-my-post")));
}

/** What held-comment mail says about each comment still held. */
export async function listHeldCommentsForNotice(db: Database, commentIds: number[]) {
  if (commentIds.length === 0) return [];
  return db
    .select({ id: comments.id, postId: posts.id, commenterName: comments.authorName, body: comments.body, headline: posts.headline })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(inArray(comments.id, commentIds), eq(comments.status, "pending")));
}

export async function setNotificationMode(db: Database, userId: string, kind: NotificationKind, mode: NotificationMode, digestMinutes: number | null = null): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, kind, mode, digestMinutes })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { mode, digestMinutes, updatedAt: sql`now()` } });
}

export type NotificationChoice = { mode: NotificationMode; digestMinutes: number | null };

export async function getNotificationModes(db: Database, userId: string): Promise<Partial<Record<NotificationKind, NotificationMode>>> {
  const rows = await getNotificationChoiceRows(db, userId);
  return Object.fromEntries(rows.map((row) => [row.kind, row.mode]));
}

export async function getNotificationChoiceRows(db: Database, userId: string) {
  return db
    .select({ kind: notificationPreferences.kind, mode: notificationPreferences.mode, digestMinutes: notificationPreferences.digestMinutes })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
}

/** The current status of each comment queued notifications are about; a deleted one is absent. */
export async function commentStatuses(db: Database, commentIds: number[]): Promise<Map<number, string>> {
  if (commentIds.length === 0) return new Map();
  const rows = await db.select({ id: comments.id, status: comments.status }).from(comments).where(inArray(comments.id, commentIds));
  return new Map(rows.map((row) => [row.id, row.status]));
}
