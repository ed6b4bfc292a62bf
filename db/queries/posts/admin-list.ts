import "server-only";
import { and, desc, eq, inArray, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { Keyset as Cursor } from "../keyset";
import type { Database } from "../../client";
import { categories, comments, type PostStatus, posts, users } from "../../schema";

// Admin → Posts: every post, recently changed first, on keyset pages.

export interface AdminPostFilters {
  /** A status, or "all" for everything but the trash. */
  status: PostStatus | "all";
  authorId?: string;
  categoryId?: number;
  /** Words that must all appear in the headline. */
  search?: string;
  /** An author sees their own posts and what is published, not colleagues' drafts. */
  visibleTo?: string;
}

export interface AdminPostRow {
  id: number;
  slug: string;
  headline: string;
  status: PostStatus;
  authorId: string;
  authorName: string;
  categoryName: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  commentCount: number;
  pendingCount: number;
}

export function adminPostsQuery(db: Database, filters: AdminPostFilters, page: { limit: number; after?: Cursor | null }) {
  const conditions: SQL[] = [filters.status === "all" ? ne(posts.status, "trash") : eq(posts.status, filters.status)];
  if (filters.authorId) conditions.push(eq(posts.authorId, filters.authorId));
  if (filters.visibleTo) conditions.push(or(eq(posts.authorId, filters.visibleTo), eq(posts.status, "published"))!);
  if (filters.categoryId) conditions.push(eq(posts.categoryId, filters.categoryId));
  if (filters.search) conditions.push(sql`to_tsvector('simple', ${posts.headline}) @@ plainto_tsquery('simple', ${filters.search})`);
  if (page.after) {
    const at = sql`${page.after.at.toISOString()}::timestamptz`;
    conditions.push(or(lt(posts.updatedAt, at), and(eq(posts.updatedAt, at), lt(posts.id, page.after.id)))!);
  }
  return db
    .select({
      id: posts.id,
      slug: posts.slug,
      headline: posts.headline,
      status: posts.status,
      authorId: posts.authorId,
      authorName: users.name,
      categoryName: categories.name,
      updatedAt: posts.updatedAt,
      publishedAt: posts.publishedAt,
      commentCount: sql<number>`(select count(*)::int from ${comments} c where c.post_id = ${posts.id} and c.status = 'approved')`,
      pendingCount: sql<number>`(select count(*)::int from ${comments} c where c.post_id = ${posts.id} and c.status = 'pending')`,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(categories, eq(categories.id, posts.categoryId))
    .where(and(...conditions))
    .orderBy(desc(posts.updatedAt), desc(posts.id))
    .limit(page.limit + 1);
}

export async function listAdminPosts(db: Database, filters: AdminPostFilters, page: { limit: number; after?: Cursor | null }) {
  const rows = await adminPostsQuery(db, filters, page);
  const shown: AdminPostRow[] = rows.slice(0, page.limit).map((row) => ({ ...row, commentCount: Number(row.commentCount), pendingCount: Number(row.pendingCount) }));
  const last = shown[shown.length - 1];
  return { posts: shown, next: rows.length > page.limit && last ? { at: last.updatedAt, id: last.id } : null };
}

/** Posts to move to the trash, locked, with what the permission check needs. */
export async function lockPostsForChange(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: posts.id, slug: posts.slug, status: posts.status, authorId: posts.authorId })
    .from(posts)
    .where(inArray(posts.id, ids))
    .orderBy(posts.id)
    .for("update");
}

export async function movePostsToTrash(db: Database, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(posts)
    .set({ status: "trash", updatedAt: sql`now()`, version: sql`${posts.version} + 1` })
    .where(inArray(posts.id, ids));
}

/** Authors who have written anything, for the list's filter. */
export async function listPostAuthors(db: Database): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(posts, eq(posts.authorId, users.id))
    .orderBy(users.name)
    .limit(500);
}
