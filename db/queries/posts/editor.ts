import "server-only";
import { and, asc, eq, inArray, lte, ne, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { categories, type NewPost, postSlugRedirects, posts, postTags, tags, users } from "../../schema";

// Everything the post editor reads and writes. Writers take the transaction
// they run in; the service in lib/posts decides what to write.

const lastEditor = sql<string | null>`(select u.name from ${users} u where u.id = ${posts.lastEditedBy})`;

// The post's own columns as the editor and a save see them; one list for both reads.
const editorColumns = {
  id: posts.id,
  slug: posts.slug,
  kicker: posts.kicker,
  headline: posts.headline,
  lead: posts.lead,
  body: posts.body,
  status: posts.status,
  publishedAt: posts.publishedAt,
  updatedAt: posts.updatedAt,
  authorId: posts.authorId,
  categoryId: posts.categoryId,
  sourceName: posts.sourceName,
  sourceUrl: posts.sourceUrl,
  coverImage: posts.coverImage,
  coverAlt: posts.coverAlt,
  commentsOpen: posts.commentsOpen,
  version: posts.version,
  lastEditedByName: lastEditor,
};

export async function getPostForEditor(db: Database, id: number) {
  const [row] = await db
    .select({ ...editorColumns, authorName: users.name })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(posts.id, id))
    .limit(1);
  if (!row) return null;
  const tagRows = await db
    .select({ name: tags.name })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, id))
    .orderBy(asc(tags.name));
  return { ...row, tags: tagRows.map((tag) => tag.name) };
}

export type EditorPost = NonNullable<Awaited<ReturnType<typeof getPostForEditor>>>;

/** The post row, locked for the rest of the transaction. */
export async function lockPostForEdit(db: Database, id: number) {
  const [row] = await db.select(editorColumns).from(posts).where(eq(posts.id, id)).for("update", { of: posts });
  return row ?? null;
}

/** Slugs starting with `prefix` held by other posts, now or as earlier addresses that redirect. */
async function slugsInUse(db: Database, prefix: string, exact: boolean, exceptPostId: number | null): Promise<Set<string>> {
  const other = exceptPostId ?? 0;
  const pattern = `${prefix.replace(/[%_\\]/g, "\\$&")}%`;
  // One after the other: a PGlite transaction runs one query at a time.
  const current = await db
    .select({ slug: posts.slug })
    .from(posts)
    .where(and(exact ? eq(posts.slug, prefix) : sql`${posts.slug} like ${pattern}`, ne(posts.id, other)));
  const earlier = await db
    .select({ slug: postSlugRedirects.slug })
    .from(postSlugRedirects)
    .where(and(exact ? eq(postSlugRedirects.slug, prefix) : sql`${postSlugRedirects.slug} like ${pattern}`, ne(postSlugRedirects.postId, other)));
  return new Set([...current, ...earlier].map((row) => row.slug));
}

export async function isSlugTaken(db: Database, slug: string, exceptPostId: number | null): Promise<boolean> {
  return (await slugsInUse(db, slug, true, exceptPostId)).size > 0;
}

/** Every slug in use that starts with `base` (the caller picks a free variant). */
export async function slugsStartingWith(db: Database, base: string, exceptPostId: number | null): Promise<Set<string>> {
  return slugsInUse(db, base, false, exceptPostId);
}

/** Everything a save writes (identity, version and timestamps are the database's). */
export type PostWrite = Required<Omit<NewPost, "id" | "version" | "createdAt" | "updatedAt" | "search">>;

export async function insertPost(db: Database, values: PostWrite, now: Date) {
  const [row] = await db
    .insert(posts)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning({ id: posts.id, version: posts.version, updatedAt: posts.updatedAt });
  return row!;
}

/** Writes the post if it is still at `expectedVersion`; null when someone saved in between. */
export async function updatePostAtVersion(db: Database, id: number, expectedVersion: number, values: PostWrite, now: Date) {
  const [row] = await db
    .update(posts)
    .set({ ...values, updatedAt: now, version: sql`${posts.version} + 1` })
    .where(and(eq(posts.id, id), eq(posts.version, expectedVersion)))
    .returning({ id: posts.id, version: posts.version, updatedAt: posts.updatedAt });
  return row ?? null;
}

/** Replaces the post's tags with these names, creating tags that don't exist yet. */
export async function setPostTags(db: Database, postId: number, named: { name: string; slug: string }[]): Promise<void> {
  await db.delete(postTags).where(eq(postTags.postId, postId));
  if (!named.length) return;
  await db
    .insert(tags)
    .values(named)
    .onConflictDoNothing({ target: tags.slug });
  const rows = await db
    .select({ id: tags.id })
    .from(tags)
    .where(inArray(tags.slug, named.map((tag) => tag.slug)));
  await db.insert(postTags).values(rows.map((row) => ({ postId, tagId: row.id })));
}

export async function categoryExists(db: Database, id: number): Promise<boolean> {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, id)).limit(1);
  return Boolean(row);
}

/** The section with this slug, created if missing; returns its id. */
export async function ensureCategory(db: Database, name: string, slug: string): Promise<number> {
  await db.insert(categories).values({ name, slug }).onConflictDoNothing({ target: categories.slug });
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug));
  return row!.id;
}

/** Keeps `oldSlug` answering for the post; a slug the post takes back stops redirecting. */
export async function recordSlugChange(db: Database, postId: number, oldSlug: string, newSlug: string): Promise<void> {
  await db.delete(postSlugRedirects).where(and(eq(postSlugRedirects.slug, newSlug), eq(postSlugRedirects.postId, postId)));
  await db
    .insert(postSlugRedirects)
    .values({ slug: oldSlug, postId })
    .onConflictDoUpdate({ target: postSlugRedirects.slug, set: { postId } });
}

/** Where an old address points now: the current slug of a readable post, or null. */
export function slugRedirectQuery(db: Database, slug: string) {
  return db
    .select({ slug: posts.slug })
    .from(postSlugRedirects)
    .innerJoin(posts, eq(posts.id, postSlugRedirects.postId))
    .where(and(eq(postSlugRedirects.slug, slug), eq(posts.status, "published"), lte(posts.publishedAt, sql`now()`)))
    .limit(1);
}

export async function findSlugRedirect(db: Database, slug: string): Promise<string | null> {
  const [row] = await slugRedirectQuery(db, slug);
  return row?.slug ?? null;
}

/** People who can be named as a post's author. */
export async function listWriters(db: Database) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(inArray(users.role, ["author", "editor", "admin"]), sql`${users.disabledAt} is null`))
    .orderBy(asc(users.name));
}

export async function isWriter(db: Database, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), inArray(users.role, ["author", "editor", "admin"]), sql`${users.disabledAt} is null`))
    .limit(1);
  return Boolean(row);
}

export async function listTagNames(db: Database): Promise<string[]> {
  const rows = await db.select({ name: tags.name }).from(tags).orderBy(asc(tags.name)).limit(1000);
  return rows.map((row) => row.name);
}
