import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { revokeAllSessions } from "./sessions";
import { type UserRole, users } from "../../schema";

export interface SignInCandidate {
  id: string;
  name: string;
  email: string;
  passwordHash: string | null;
  disabled: boolean;
}

const byEmail = (email: string) => sql`lower(${users.email}) = lower(${email})`;

export async function getUserForSignIn(db: Database, { email }: { email: string }): Promise<SignInCandidate | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(byEmail(email))
    .limit(1);
  return row ? { ...row, disabled: row.disabledAt !== null } : null;
}

export interface ActiveUser {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  /** Sessions issued before this are void. */
  sessionsRevokedAt: Date | null;
}

/** The user as the database has them now; null when missing or disabled. */
export async function getActiveUserById(db: Database, { id }: { id: string }): Promise<ActiveUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      sessionsRevokedAt: users.sessionsRevokedAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row || row.disabledAt) return null;
  const { disabledAt: _disabled, ...user } = row;
  return user;
}

export async function getActiveUserByEmail(db: Database, { email }: { email: string }) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(byEmail(email), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function isEmailRegistered(db: Database, { email }: { email: string }): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(byEmail(email)).limit(1);
  return rows.length > 0;
}

export async function insertUser(
  db: Database,
  values: { email: string; name: string; passwordHash: string | null; role?: UserRole; emailVerified?: Date | null },
): Promise<{ id: string }> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!;
}

/** New password hash; every session issued before now stops working. */
export async function setUserPassword(
  db: Database,
  { id, passwordHash }: { id: string; passwordHash: string },
): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, sessionsRevokedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, id));
  await revokeAllSessions(db, { userId: id });
}

export async function getPasswordHash(db: Database, { id }: { id: string }): Promise<string | null> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).limit(1);
  return row?.hash ?? null;
}

export async function setUserName(db: Database, { id, name }: { id: string; name: string }): Promise<void> {
  await db.update(users).set({ name, updatedAt: sql`now()` }).where(eq(users.id, id));
}

export async function setUserEmail(db: Database, { id, email }: { id: string; email: string }): Promise<void> {
  await db.update(users).set({ email, emailVerified: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, id));
}

/** The role of an account, or null when there is none (a guest's comment). */
export async function getUserRole(db: Database, { id }: { id: string | null }): Promise<UserRole | null> {
  if (!id) return null;
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, id)).limit(1);
  return row?.role ?? null;
}

/** The role of the account that uses an email address, if one does. */
export async function getRoleByEmail(db: Database, { email }: { email: string }): Promise<UserRole | null> {
  const [row] = await db.select({ role: users.role }).from(users).where(byEmail(email)).limit(1);
  return row?.role ?? null;
}
