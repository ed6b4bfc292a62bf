import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { categories, posts, postTags, tags } from "../../schema";

// Admin → Sections and Admin → Tags: rename, merge, delete. Posts never break:
// a merged term's posts move to the other one, a deleted section leaves its posts
// without one, a deleted tag simply comes off them.

export const termKinds = ["category", "tag"] as const;
export type TermKind = (typeof termKinds)[number];

const tableOf = (kind: TermKind) => (kind === "category" ? categories : tags);

export interface TermRow {
  id: number;
  name: string;
  slug: string;
  postCount: number;
}

export async function listTermsWithCounts(db: Database, kind: TermKind): Promise<TermRow[]> {
  const count =
    kind === "category"
      ? sql<number>`(select count(*)::int from ${posts} where ${posts.categoryId} = ${categories.id} and ${posts.status} <> 'trash')`
      : sql<number>`(select count(*)::int from ${postTags} where ${postTags.tagId} = ${tags.id})`;
  const table = tableOf(kind);
  return db.select({ id: table.id, name: table.name, slug: table.slug, postCount: count }).from(table).orderBy(asc(table.name)).limit(2000);
}

export async function getTerm(db: Database, kind: TermKind, id: number) {
  const table = tableOf(kind);
  const [row] = await db.select({ id: table.id, name: table.name, slug: table.slug }).from(table).where(eq(table.id, id)).for("update");
  return row ?? null;
}

export async function slugInUse(db: Database, kind: TermKind, slug: string, exceptId: number): Promise<boolean> {
  const table = tableOf(kind);
  const [row] = await db.select({ id: table.id }).from(table).where(and(eq(table.slug, slug), ne(table.id, exceptId))).limit(1);
  return Boolean(row);
}

export async function renameTerm(db: Database, kind: TermKind, id: number, values: { name: string; slug: string }): Promise<void> {
  const table = tableOf(kind);
  await db.update(table).set(values).where(eq(table.id, id));
}

/** Moves every post from `fromId` to `intoId`, then removes `fromId`. Returns how many posts moved. */
export async function mergeTerm(db: Database, kind: TermKind, fromId: number, intoId: number): Promise<number> {
  let moved: number;
  if (kind === "category") {
    const rows = await db.update(posts).set({ categoryId: intoId }).where(eq(posts.categoryId, fromId)).returning({ id: posts.id });
    moved = rows.length;
    await db.delete(categories).where(eq(categories.id, fromId));
  } else {
    const rows = await db
      .insert(postTags)
      .select(db.select({ postId: postTags.postId, tagId: sql<number>`${intoId}::int`.as("tag_id") }).from(postTags).where(eq(postTags.tagId, fromId)))
      .onConflictDoNothing()
      .returning({ postId: postTags.postId });
    moved = rows.length;
    await db.delete(tags).where(eq(tags.id, fromId));
  }
  return moved;
}

export async function deleteTerm(db: Database, kind: TermKind, id: number): Promise<void> {
  const table = tableOf(kind);
  await db.delete(table).where(eq(table.id, id));
}
