import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { oauthAccounts, users } from "../../schema";

/** The local account linked to an outside one, with whether it is disabled. */
export async function findLinkedUser(
  db: Database,
  { provider, providerAccountId }: { provider: string; providerAccountId: string },
) {
  const [row] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(oauthAccounts)
    .innerJoin(users, eq(users.id, oauthAccounts.userId))
    .where(and(eq(oauthAccounts.provider, provider), eq(oauthAccounts.providerAccountId, providerAccountId)))
    .limit(1);
  return row ? { id: row.id, disabled: row.disabledAt !== null } : null;
}

export async function linkOAuthAccount(
  db: Database,
  values: { provider: string; providerAccountId: string; userId: string },
): Promise<void> {
  await db.insert(oauthAccounts).values(values);
}

/**
 * Holds, until the transaction ends, every other sign-in of this outside account:
 * the second of two at once then finds the account the first linked, instead of
 * finding its address taken.
 */
export async function lockOutsideAccount(db: Database, { provider, providerAccountId }: { provider: string; providerAccountId: string }): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`broadsheet:oauth:${provider}:${providerAccountId}`}))`);
}
