import { eq, sql } from "drizzle-orm";
import { getDb } from "../index";
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
}

/** The user as the database has them now; null when missing or disabled. */
export async function getActiveUserById({ id }: { id: string }): Promise<ActiveUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row || row.disabledAt) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role };
}
