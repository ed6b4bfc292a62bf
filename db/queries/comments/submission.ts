import "server-only";
import { and, count, desc, eq, gt, gte, isNull, max, or, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { type CommentStatus, comments, type NewComment, posts } from "../../schema";

// Look-ups behind the comment rules, each backed by an index, all run inside the
// submitting transaction.


export async function getPostForComment(db: Database, postId: number) {
  const [row] = await db
    .select({
      visible: sql<boolean>`${posts.status} = 'published' and ${posts.publishedAt} <= now()`,
      commentsOpen: posts.commentsOpen,
      publishedAt: posts.publishedAt,
      authorId: posts.authorId,
      slug: posts.slug,
      headline: posts.headline,
    })
    .from(posts)
    .where(eq(posts.id, postId))
    .limit(1);
  return row ?? null;
}

export async function getParentForReply(db: Database, parentId: number) {
  const [row] = await db
    .select({ postId: comments.postId, status: comments.status, depth: comments.depth, rootId: comments.rootId })
    .from(comments)
    .where(eq(comments.id, parentId))
    // Holds the parent until the reply is stored, so its author can't delete or
    // change it in between (see lockCommentForChange).
    .for("key share")
    .limit(1);
  return row ?? null;
}

/**
 * Approved comments by the account, or for a guest by the email address among
 * guest comments only: typing a member's address must not borrow their history.
 */
export function approvedByQuery(db: Database, who: { userId: string | null; email: string }) {
  const byAuthor = who.userId
    ? eq(comments.userId, who.userId)
    : and(isNull(comments.userId), sql`lower(${comments.authorEmail}) = lower(${who.email})`);
  return db
    .select({ id: comments.id })
    .from(comments)
    .where(and(byAuthor, eq(comments.status, "approved")))
    .limit(1);
}

export async function countApprovedBy(db: Database, who: { userId: string | null; email: string }): Promise<number> {
  return (await approvedByQuery(db, who)).length;
}

/** When the same account, email or address (its limit key: an IPv6 /64) last commented. */
export function lastCommentQueries(db: Database, who: { userId: string | null; email: string; ipKey: string }) {
  const since = sql`now() - interval '1 hour'`;
  return [
    db.select({ at: max(comments.createdAt) }).from(comments).where(and(eq(comments.ipKey, who.ipKey), gt(comments.createdAt, since))),
    who.email
      ? db
          .select({ at: max(comments.createdAt) })
          .from(comments)
          .where(and(sql`lower(${comments.authorEmail}) = lower(${who.email})`, gt(comments.createdAt, since)))
      : null,
    who.userId
      ? db.select({ at: max(comments.createdAt) }).from(comments).where(and(eq(comments.userId, who.userId), gt(comments.createdAt, since)))
      : null,
  ];
}

export async function lastCommentAt(db: Database, who: { userId: string | null; email: string; ipKey: string }): Promise<Date | null> {
  let latest: Date | null = null;
  for (const query of lastCommentQueries(db, who)) {
    if (!query) continue;
    const [row] = await query;
    if (row?.at && (!latest || row.at > latest)) latest = row.at;
  }
  return latest;
}

export function ipLastHourQuery(db: Database, ipKey: string) {
  return db
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.ipKey, ipKey), gt(comments.createdAt, sql`now() - interval '1 hour'`)));
}

export async function countCommentsFromIpLastHour(db: Database, ipKey: string): Promise<number> {
  const [row] = await ipLastHourQuery(db, ipKey);
  return Number(row?.n ?? 0);
}

type DuplicateProbe = { postId: number; parentId: number | null; userId: string | null; email: string; body: string };

export function duplicateQuery(db: Database, c: DuplicateProbe) {
  const byAuthor = c.userId ? eq(comments.userId, c.userId) : sql`lower(${comments.authorEmail}) = lower(${c.email})`;
  return db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        byAuthor,
        eq(comments.postId, c.postId),
        c.parentId === null ? isNull(comments.parentId) : eq(comments.parentId, c.parentId),
        eq(comments.body, c.body),
        or(eq(comments.status, "approved"), eq(comments.status, "pending"), eq(comments.status, "spam")),
      ),
    )
    .orderBy(desc(comments.createdAt))
    .limit(1);
}

type ResubmissionProbe = DuplicateProbe & { ipKey: string; since: Date };

/**
 * The same comment from the same commenter on the same network, stored moments
 * ago: the form sent twice (a double click), or the first attempt committed just
 * as its connection dropped and the submission was tried again.
 */
export async function findResubmission(db: Database, c: ResubmissionProbe) {
  const byAuthor = c.userId ? eq(comments.userId, c.userId) : sql`lower(${comments.authorEmail}) = lower(${c.email})`;
  const [row] = await db
    .select({ id: comments.id, status: comments.status, reason: comments.moderationReason, bodyHtml: comments.bodyHtml })
    .from(comments)
    .where(
      and(
        byAuthor,
        eq(comments.ipKey, c.ipKey),
        eq(comments.postId, c.postId),
        c.parentId === null ? isNull(comments.parentId) : eq(comments.parentId, c.parentId),
        eq(comments.body, c.body),
        gte(comments.createdAt, c.since),
        or(eq(comments.status, "approved"), eq(comments.status, "pending"), eq(comments.status, "spam")),
      ),
    )
    .orderBy(desc(comments.createdAt))
    .limit(1);
  return row ?? null;
}

export async function isDuplicateComment(db: Database, c: DuplicateProbe): Promise<boolean> {
  return (await duplicateQuery(db, c)).length > 0;
}

/**
 * Serializes submissions from one author (address, email or account) for the rest
 * of the transaction, so two comments sent at once can't both pass the flood check.
 * Keys are locked in sorted order so two transactions never wait on each other.
 */
export async function lockCommentAuthor(db: Database, keys: string[]): Promise<void> {
  // One round trip; always in the same order, so two submissions can't deadlock.
  const names = [...new Set(keys)].sort().map((key) => `comment-author:${key}`);
  await db.execute(sql`
    select pg_advisory_xact_lock(k) from (
      select hashtextextended(name, 0) as k from unnest(${sql.raw("ARRAY[")}${sql.join(
        names.map((name) => sql`${name}`),
        sql`, `,
      )}${sql.raw("]::text[]")}) as name order by k
    ) as ordered`);
}

export async function insertComment(db: Database, values: NewComment & { status: CommentStatus }): Promise<number> {
  const [row] = await db.insert(comments).values(values).returning({ id: comments.id });
  return row!.id;
}
