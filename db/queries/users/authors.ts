import "server-only";
import { and, eq, exists } from "drizzle-orm";
import type { Database } from "../../client";
import { posts, users } from "../../schema";
import { isVisiblePost } from "../posts/published";

export interface Author {
  id: string;
  slug: string;
  name: string;
  bio: string;
}

/**
 * The author behind /author/<slug>: only someone with at least one published
 * story, so a reader's account never gets a public page (users_slug_idx, then
 * posts_author_published_idx).
 */
export async function getAuthorBySlug(db: Database, { slug }: { slug: string }): Promise<Author | null> {
  const [row] = await authorBySlugQuery(db, { slug });
  return row ?? null;
}

/** The query behind getAuthorBySlug, unexecuted, so tests can check its plan. */
export function authorBySlugQuery(db: Database, { slug }: { slug: string }) {
  return db
    .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio })
    .from(users)
    .where(and(eq(users.slug, slug), exists(db.select({ one: posts.id }).from(posts).where(and(eq(posts.authorId, users.id), isVisiblePost())))))
    .limit(1);
}

/** Whether the account has ever written a post (published or not): only then is a bio worth offering. */
export async function hasWrittenPosts(db: Database, { userId }: { userId: string }): Promise<boolean> {
  const [row] = await db.select({ id: posts.id }).from(posts).where(eq(posts.authorId, userId)).limit(1);
  return row !== undefined;
}

export async function updateAuthorBio(db: Database, { userId, bio }: { userId: string; bio: string }): Promise<void> {
  await db.update(users).set({ bio }).where(eq(users.id, userId));
}

/** The account's own author address and bio, for the account page. */
export async function getAuthorProfile(db: Database, { userId }: { userId: string }): Promise<{ slug: string; bio: string } | null> {
  const [row] = await db.select({ slug: users.slug, bio: users.bio }).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}
