import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { getDb } from "../index";
import { revokeAllSessions } from "./sessions";
import { type UserRole, users } from "../schema";

export interface SignInCandidate {
  id: string;
  name: string;
  email: string;
  passwordHash: string | null;
  disabled: boolean;
}

const byEmail = (email: string) => sql`lower(${users.email}) = lower(${email})`;

export async function getUserForSignIn({ email }: { email: string }): Promise<SignInCandidate | null> {
  const [row] = await getDb()
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
export async function getActiveUserById({ id }: { id: string }, tx: Database = getDb()): Promise<ActiveUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await tx
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

export async function getActiveUserByEmail({ email }: { email: string }, tx: Database = getDb()) {
  const [row] = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(byEmail(email), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function isEmailRegistered({ email }: { email: string }, tx: Database = getDb()): Promise<boolean> {
  const rows = await tx.select({ id: users.id }).from(users).where(byEmail(email)).limit(1);
  return rows.length > 0;
}

export async function insertUser(
  values: { email: string; name: string; passwordHash: string | null; role?: UserRole; emailVerified?: Date | null },
  tx: Database = getDb(),
): Promise<{ id: string }> {
  const [row] = await tx.insert(users).values(values).returning({ id: users.id });
  return row!;
}

/** New password hash; every session issued before now stops working. */
export async function setUserPassword(
  { id, passwordHash }: { id: string; passwordHash: string },
  tx: Database = getDb(),
): Promise<void> {
  await tx
    .update(users)
    .set({ passwordHash, sessionsRevokedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, id));
  await revokeAllSessions({ userId: id }, tx);
}

export async function getPasswordHash({ id }: { id: string }): Promise<string | null> {
  const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).limit(1);
  return row?.hash ?? null;
}

export async function setUserName({ id, name }: { id: string; name: string }): Promise<void> {
  const db = getDb();
  await db.update(users).set({ name, updatedAt: sql`now()` }).where(eq(users.id, id));
}

export async function setUserEmail({ id, email }: { id: string; email: string }, tx: Database = getDb()): Promise<void> {
  await tx.update(users).set({ email, emailVerified: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, id));
}

/** The role of an account, or null when there is none (a guest's comment). */
export async function getUserRole({ id }: { id: string | null }, tx: Database = getDb()): Promise<UserRole | null> {
  if (!id) return null;
  const [row] = await tx.select({ role: users.role }).from(users).where(eq(users.id, id)).limit(1);
  return row?.role ?? null;
}

/** The role of the account that uses an email address, if one does. */
export async function getRoleByEmail({ email }: { email: string }, tx: Database = getDb()): Promise<UserRole | null> {
  const [row] = await tx.select({ role: users.role }).from(users).where(byEmail(email)).limit(1);
  return row?.role ?? null;
}
