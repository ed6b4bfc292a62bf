import "server-only";
import { and, desc, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { type BlockKind, commenterBlocks, users } from "../../schema";

const active = (now: Date) =>
  and(isNull(commenterBlocks.liftedAt), or(isNull(commenterBlocks.endsAt), gt(commenterBlocks.endsAt, sql`${now.toISOString()}::timestamptz`)));

/** Whether an active block or suspension matches this commenter by account, email or address. */
export async function isCommenterBlocked(db: Database, who: { userId: string | null; email: string; ip: string }, now = new Date()): Promise<boolean> {
  const matches = [
    and(eq(commenterBlocks.kind, "ip"), eq(commenterBlocks.value, who.ip)),
    ...(who.email ? [and(eq(commenterBlocks.kind, "email"), eq(commenterBlocks.value, who.email.toLowerCase()))] : []),
    ...(who.userId ? [and(eq(commenterBlocks.kind, "account"), eq(commenterBlocks.value, who.userId))] : []),
  ];
  const rows = await db
    .select({ id: commenterBlocks.id })
    .from(commenterBlocks)
    .where(and(active(now), or(...matches)))
    .limit(1);
  return rows.length > 0;
}

export async function insertBlock(
  db: Database,
  block: { kind: BlockKind; value: string; reason: string; endsAt: Date | null; hideExisting: boolean; createdBy: string },
): Promise<number> {
  const [row] = await db.insert(commenterBlocks).values(block).returning({ id: commenterBlocks.id });
  return row!.id;
}

export async function liftBlock(db: Database, id: number, liftedBy: string): Promise<typeof commenterBlocks.$inferSelect | null> {
  const [row] = await db
    .update(commenterBlocks)
    .set({ liftedAt: sql`now()`, liftedBy })
    .where(and(eq(commenterBlocks.id, id), isNull(commenterBlocks.liftedAt)))
    .returning();
  return row ?? null;
}

/** Blocks and suspensions still in force, newest first. */
export async function listActiveBlocks(db: Database, now = new Date()) {
  return db
    .select({
      id: commenterBlocks.id,
      kind: commenterBlocks.kind,
      value: commenterBlocks.value,
      reason: commenterBlocks.reason,
      endsAt: commenterBlocks.endsAt,
      hideExisting: commenterBlocks.hideExisting,
      createdAt: commenterBlocks.createdAt,
      createdByName: users.name,
    })
    .from(commenterBlocks)
    .leftJoin(users, eq(users.id, commenterBlocks.createdBy))
    .where(active(now))
    .orderBy(desc(commenterBlocks.createdAt))
    .limit(500);
}
