import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { type AuthTokenPurpose, authTokens } from "../../schema";

export interface StoredToken {
  id: number;
  email: string;
  userId: string | null;
  payload: unknown;
}

export async function insertAuthToken(db: Database, values: {
  purpose: AuthTokenPurpose;
  tokenHash: string;
  email: string;
  userId?: string | null;
  payload?: unknown;
  expiresAt: Date;
}): Promise<void> {
  await db.insert(authTokens).values(values);
}

/** A token that is unused and unexpired, or null. Pass `tx` to lock it for use. */
export async function findUsableToken(
  db: Database,
  { purpose, tokenHash }: { purpose: AuthTokenPurpose; tokenHash: string },
): Promise<StoredToken | null> {
  const [row] = await db
    .select({ id: authTokens.id, email: authTokens.email, userId: authTokens.userId, payload: authTokens.payload })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.purpose, purpose),
        eq(authTokens.tokenHash, tokenHash),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1)
    .for("update");
  return row ?? null;
}

export async function markTokenUsed(db: Database, { id }: { id: number }): Promise<void> {
  await db.update(authTokens).set({ usedAt: sql`now()` }).where(eq(authTokens.id, id));
}

/** Voids every other open token of this kind for the user (an older reset link, say). */
export async function voidUserTokens(
  db: Database,
  { userId, purpose }: { userId: string; purpose: AuthTokenPurpose },
): Promise<void> {
  await db
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}
