import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../../client";
import { postRevisions, users } from "../../schema";

// Every saved version of a post's words, and the folding of autosaves.

export interface RevisionContent {
  headline: string;
  slug: string;
  kicker: string;
  lead: string;
  body: string;
  sourceName: string | null;
  sourceUrl: string | null;
}

/** How long one person's autosaves keep updating the same revision. */
export const AUTOSAVE_COALESCE_MS = 10 * 60_000;

/**
 * Keeps a copy of the words just saved. An autosave folds into the latest revision
 * when that one is this person's own autosave from the last few minutes.
 */
export async function recordRevision(
  db: Database,
  input: { postId: number; userId: string; autosave: boolean; content: RevisionContent; now: Date },
): Promise<number> {
  const [latest] = await db
    .select({ id: postRevisions.id, userId: postRevisions.userId, autosave: postRevisions.autosave, createdAt: postRevisions.createdAt })
    .from(postRevisions)
    .where(eq(postRevisions.postId, input.postId))
    .orderBy(desc(postRevisions.createdAt), desc(postRevisions.id))
    .limit(1);
  if (
    input.autosave &&
    latest?.autosave &&
    latest.userId === input.userId &&
    input.now.getTime() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_MS
  ) {
    await db.update(postRevisions).set({ ...input.content, updatedAt: input.now }).where(eq(postRevisions.id, latest.id));
    return latest.id;
  }
  const [row] = await db
    .insert(postRevisions)
    .values({ postId: input.postId, userId: input.userId, autosave: input.autosave, ...input.content, createdAt: input.now, updatedAt: input.now })
    .returning({ id: postRevisions.id });
  return row!.id;
}

export interface RevisionSummary {
  id: number;
  userName: string | null;
  autosave: boolean;
  createdAt: Date;
  updatedAt: Date;
  headline: string;
}

export function revisionsQuery(db: Database, postId: number) {
  return db
    .select({
      id: postRevisions.id,
      userName: users.name,
      autosave: postRevisions.autosave,
      createdAt: postRevisions.createdAt,
      updatedAt: postRevisions.updatedAt,
      headline: postRevisions.headline,
    })
    .from(postRevisions)
    .leftJoin(users, eq(users.id, postRevisions.userId))
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.createdAt), desc(postRevisions.id))
    .limit(500);
}

export async function listRevisions(db: Database, postId: number): Promise<RevisionSummary[]> {
  return revisionsQuery(db, postId);
}

export async function getRevision(db: Database, postId: number, id: number) {
  const [row] = await db
    .select({
      id: postRevisions.id,
      postId: postRevisions.postId,
      userName: users.name,
      autosave: postRevisions.autosave,
      createdAt: postRevisions.createdAt,
      updatedAt: postRevisions.updatedAt,
      headline: postRevisions.headline,
      slug: postRevisions.slug,
      kicker: postRevisions.kicker,
      lead: postRevisions.lead,
      body: postRevisions.body,
      sourceName: postRevisions.sourceName,
      sourceUrl: postRevisions.sourceUrl,
    })
    .from(postRevisions)
    .leftJoin(users, eq(users.id, postRevisions.userId))
    .where(and(eq(postRevisions.postId, postId), eq(postRevisions.id, id)))
    .limit(1);
  return row ?? null;
}
