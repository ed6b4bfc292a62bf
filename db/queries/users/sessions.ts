import "server-only";
import { and, desc, eq, gt, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { userSessions } from "../../schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertSession(
  db: Database,
  values: { userId: string; userAgent: string; ip: string | null; expiresAt: Date; id?: string },
): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({ ...values, userAgent: values.userAgent.slice(0, 300) })
    .onConflictDoNothing()
    .returning({ id: userSessions.id });
  return row?.id ?? values.id!;
}

const live = and(isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`));

/** The session when it is still live for that user; null once signed out, revoked or expired. */
export async function getLiveSession(
  db: Database,
  { id, userId }: { id: string; userId: string },
): Promise<{ id: string; lastSeenAt: Date } | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({ id: userSessions.id, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, id), eq(userSessions.userId, userId), live))
    .limit(1);
  return row ?? null;
}

export async function touchSession(
  db: Database,
  { id, ip, expiresAt }: { id: string; ip: string | null; expiresAt: Date },
): Promise<void> {
  await db
    .update(userSessions)
    .set({ lastSeenAt: sql`now()`, expiresAt, ...(ip ? { ip } : {}) })
    .where(and(eq(userSessions.id, id), isNull(userSessions.revokedAt)));
}

export async function listLiveSessions(db: Database, { userId }: { userId: string }) {
  return db
    .select({
      id: userSessions.id,
      userAgent: userSessions.userAgent,
      ip: userSessions.ip,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), live))
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(100);
}

/** Ends one session; only the account's own (a session id from elsewhere changes nothing). */
export async function revokeSession(db: Database, { id, userId }: { id: string; userId: string }): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, id), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** Ends every session of the account, or every one but `except`. */
export async function revokeAllSessions(db: Database, { userId, except }: { userId: string; except?: string }): Promise<number> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), except && UUID.test(except) ? ne(userSessions.id, except) : undefined))
    .returning({ id: userSessions.id });
  return rows.length;
}

/** Deletes sessions that ended (expired or revoked) before the cut-off. */
export async function purgeEndedSessions(db: Database, { before }: { before: Date }): Promise<number> {
  const rows = await db
    .delete(userSessions)
    .where(or(lt(userSessions.expiresAt, before), lt(userSessions.revokedAt, before)))
    .returning({ id: userSessions.id });
  return rows.length;
}
