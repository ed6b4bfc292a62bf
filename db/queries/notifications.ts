import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { comments, type NotificationKind, notificationPreferences, posts, users } from "../schema";

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

/** Active moderators, editors and admins who want to hear of held comments, but not `exceptUserId`. */
export async function listHeldCommentRecipients(db: Database, exceptUserId: string | null): Promise<Recipient[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        inArray(users.role, ["moderator", "editor", "admin"]),
        isNull(users.disabledAt),
        wanted("comment-held"),
        exceptUserId ? ne(users.id, exceptUserId) : undefined,
      ),
    );
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

/** What a held-comment mail says about the comment. */
export async function getCommentForNotice(db: Database, commentId: number) {
  const [row] = await db
    .select({ id: comments.id, postId: posts.id, commenterName: comments.authorName, body: comments.body, headline: posts.headline, slug: posts.slug })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(eq(comments.id, commentId));
  return row ?? null;
}

export async function setNotificationMode(db: Database, userId: string, kind: NotificationKind, mode: "each" | "none"): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, kind, mode })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { mode, updatedAt: sql`now()` } });
}

export async function getNotificationModes(db: Database, userId: string): Promise<Partial<Record<NotificationKind, "each" | "none">>> {
  const rows = await db.select({ kind: notificationPreferences.kind, mode: notificationPreferences.mode }).from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return Object.fromEntries(rows.map((row) => [row.kind, row.mode]));
}

/** The current status of a comment a queued notification is about; null when it is gone. */
export async function commentStatusFor(db: Database, commentId: number) {
  const [row] = await db.select({ status: comments.status }).from(comments).where(eq(comments.id, commentId));
  return row?.status ?? null;
}
