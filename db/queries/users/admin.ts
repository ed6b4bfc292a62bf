import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { revokeAllSessions } from "./sessions";
import { type UserRole, users } from "../../schema";

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  disabled: boolean;
  createdAt: Date;
}

export interface UserListCursor {
  createdAt: Date;
  id: string;
}

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

export interface UserListOptions {
  limit: number;
  search?: string;
  role?: UserRole;
  before?: UserListCursor | null;
}

export function usersListQuery(db: Database, options: UserListOptions) {
  const conditions: SQL[] = [];
  if (options.search) {
    const pattern = `%${options.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(sql`lower(${users.name}) like ${pattern}`, sql`lower(${users.email}) like ${pattern}`)!);
  }
  if (options.role) conditions.push(eq(users.role, options.role));
  if (options.before) {
    conditions.push(
      sql`(${users.createdAt}, ${users.id}) < (${options.before.createdAt.toISOString()}::timestamptz, ${options.before.id}::uuid)`,
    );
  }
  return db
    .select(columns)
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(options.limit + 1);
}

/** Newest accounts first, keyset-paginated, optionally narrowed by text and role. */
export async function listUsers(db: Database, options: UserListOptions): Promise<{ users: AdminUserRow[]; next: UserListCursor | null }> {
  const rows = await usersListQuery(db, options);
  const page = rows.slice(0, options.limit).map(({ disabledAt, ...row }) => ({ ...row, disabled: disabledAt !== null }));
  const last = page.at(-1);
  return { users: page, next: rows.length > options.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** The account, locked for the rest of the transaction. */
export async function lockUser(db: Database, { id }: { id: string }) {
  const [row] = await db.select(columns).from(users).where(eq(users.id, id)).limit(1).for("update");
  return row ? { id: row.id, role: row.role, disabled: row.disabledAt !== null, name: row.name } : null;
}

/** Active admins, with their rows locked so two demotions can't both pass the last-admin check. */
export async function countActiveAdminsLocked(db: Database): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
    .orderBy(users.id)
    .for("update");
  return rows.length;
}

export async function setUserRole(db: Database, { id, role }: { id: string; role: UserRole }): Promise<void> {
  await db.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, id));
}

/** Disabling also voids every session, so re-enabling doesn't bring old ones back. */
export async function setUserDisabled(db: Database, { id, disabled }: { id: string; disabled: boolean }): Promise<void> {
  await db
    .update(users)
    .set(
      disabled
        ? { disabledAt: sql`now()`, sessionsRevokedAt: sql`now()`, updatedAt: sql`now()` }
        : { disabledAt: null, updatedAt: sql`now()` },
    )
    .where(eq(users.id, id));
  if (disabled) await revokeAllSessions(db, { userId: id });
}

export async function countUsersByRole(db: Database): Promise<Record<UserRole, number>> {
  const rows = await db
    .select({ role: users.role, n: count() })
    .from(users)
    .where(isNull(users.disabledAt))
    .groupBy(users.role);
  const counts = { reader: 0, author: 0, editor: 0, moderator: 0, admin: 0 };
  for (const row of rows) counts[row.role] = Number(row.n);
  return counts;
}

/** People who can moderate, for the audit log's filter. */
export async function listModerators(db: Database): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.role, ["editor", "moderator", "admin"]))
    .orderBy(asc(users.name))
    .limit(500);
}
