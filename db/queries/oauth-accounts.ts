import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { getDb } from "../index";
import { oauthAccounts, users } from "../schema";

/** The local account linked to an outside one, with whether it is disabled. */
export async function findLinkedUser(
  { provider, providerAccountId }: { provider: string; providerAccountId: string },
  tx: Database = getDb(),
) {
  const [row] = await tx
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(oauthAccounts)
    .innerJoin(users, eq(users.id, oauthAccounts.userId))
    .where(and(eq(oauthAccounts.provider, provider), eq(oauthAccounts.providerAccountId, providerAccountId)))
    .limit(1);
  return row ? { id: row.id, disabled: row.disabledAt !== null } : null;
}

export async function linkOAuthAccount(
  values: { provider: string; providerAccountId: string; userId: string },
  tx: Database = getDb(),
): Promise<void> {
  await tx.insert(oauthAccounts).values(values);
}
