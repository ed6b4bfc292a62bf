import "server-only";
import { and, desc, eq, inArray, ne, type SQL, sql } from "drizzle-orm";
import type { Keyset as Cursor } from "../keyset";
import { categories, comments, posts, postTags, tags, users } from "../../schema";
import type { Database } from "../../client";

/** The one definition of "a reader may see this post". */
export const isVisiblePost = (): SQL =>
  and(eq(posts.status, "published"), sql`${posts.publishedAt} <= now()`)!;

const approvedCommentCount = sql<number>`(
  select count(*)::int from ${comments}
  where ${comments.postId} = ${posts.id} and ${comments.status} = 'approved'
)`;

const categoryOf = (row: { categorySlug: string | null; categoryName: string | null }) =>
  row.categorySlug && row.categoryName ? { slug: row.categorySlug, name: row.categoryName } : null;

export interface PostSummary {
  id: number;
  slug: string;
  kicker: string;
  headline: string;
  lead: string;
  publishedAt: string;
  authorName: string;
  /** The author page's address: /author/<authorSlug>. */
  authorSlug: string;
  category: { slug: string; name: string } | null;
  approvedCommentCount: number;
}

export interface PostPage {
  posts: PostSummary[];
  next: Cursor | null;
}

export interface PostListOptions {
  limit: number;
  before?: Cursor | null;
  categoryId?: number;
  tagId?: number;
  authorId?: string;
}

/** The query behind listPublishedPosts, unexecuted, so tests can check its plan. */
export function publishedPostsQuery(db: Database, options: PostListOptions) {
  const { limit, before, categoryId, tagId, authorId } = options;
  const conditions: SQL[] = [isVisiblePost()];
  if (before) {
    conditions.push(
      sql`(${posts.publishedAt}, ${posts.id}) < (${before.at.toISOString()}::timestamptz, ${before.id})`,
    );
  }
  if (categoryId !== undefined) conditions.push(eq(posts.categoryId, categoryId));
  if (authorId !== undefined) conditions.push(eq(posts.authorId, authorId));
  if (tagId !== undefined) {
    conditions.push(
      inArray(
        posts.id,
        db.select({ id: postTags.postId }).from(postTags).where(eq(postTags.tagId, tagId)),
      ),
    );
  }

  return db
    .select({
      id: posts.id,
      slug: posts.slug,
      kicker: posts.kicker,
      headline: posts.headline,
      lead: posts.lead,
      publishedAt: posts.publishedAt,
      authorName: users.name,
      authorSlug: users.slug,
      categorySlug: categories.slug,
      categoryName: categories.name,
      approvedCommentCount,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(categories, eq(categories.id, posts.categoryId))
    .where(and(...conditions))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit + 1);
}

/** Whether a keyset cursor points at a published post exactly (its id and publish time). */
export async function isPublishedPostAt(db: Database, cursor: { at: Date; id: number }): Promise<boolean> {
  const rows = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.id, cursor.id), eq(posts.status, "published"), eq(posts.publishedAt, cursor.at)))
    .limit(1);
  return rows.length > 0;
}

export async function listPublishedPosts(db: Database, options: PostListOptions): Promise<PostPage> {
  const { limit } = options;
  const rows = await publishedPostsQuery(db, options);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    posts: page.map((row) => ({
      id: row.id,
      slug: row.slug,
      kicker: row.kicker,
      headline: row.headline,
      lead: row.lead,
      publishedAt: row.publishedAt!.toISOString(),
      authorName: row.authorName,
      authorSlug: row.authorSlug,
      category: categoryOf(row),
      approvedCommentCount: Number(row.approvedCommentCount),
    })),
    next: rows.length > limit && last ? { at: last.publishedAt!, id: last.id } : null,
  };
}

export interface Article {
  id: number;
  slug: string;
  kicker: string;
  headline: string;
  lead: string;
  body: string;
  publishedAt: string;
  updatedAt: string;
  sourceName: string | null;
  sourceUrl: string | null;
  coverImage: string | null;
  coverAlt: string;
  commentsOpen: boolean;
  authorName: string;
  authorSlug: string;
  category: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
}

export function publishedPostBySlugQuery(db: Database, { slug }: { slug: string }) {
  return articleQuery(db, and(eq(posts.slug, slug), isVisiblePost())!);
}

function articleQuery(db: Database, where: SQL) {
  return db
    .select({
      id: posts.id,
      slug: posts.slug,
      kicker: posts.kicker,
      headline: posts.headline,
      lead: posts.lead,
      body: posts.body,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      sourceName: posts.sourceName,
      sourceUrl: posts.sourceUrl,
      coverImage: posts.coverImage,
      coverAlt: posts.coverAlt,
      commentsOpen: posts.commentsOpen,
      authorName: users.name,
      authorSlug: users.slug,
      categorySlug: categories.slug,
      categoryName: categories.name,
      status: posts.status,
      authorId: posts.authorId,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(categories, eq(categories.id, posts.categoryId))
    .where(where)
    .limit(1);
}

export async function getPublishedPostBySlug(db: Database, { slug }: { slug: string }): Promise<Article | null> {
  const [row] = await publishedPostBySlugQuery(db, { slug });
  return row ? toArticle(db, row) : null;
}

/**
 * Any post, whatever its status, shaped like a published article, for the
 * preview. Callers check the viewer may preview it.
 */
export async function getArticleForPreview(db: Database, { id }: { id: number }) {
  const [row] = await articleQuery(db, eq(posts.id, id));
  if (!row) return null;
  // An unpublished post has no date yet; the preview shows its last change instead.
  const article = await toArticle(db, { ...row, publishedAt: row.publishedAt ?? row.updatedAt });
  return { article, status: row.status, authorId: row.authorId };
}

async function toArticle(db: Database, row: Awaited<ReturnType<typeof articleQuery>>[number]): Promise<Article> {
  const postTagRows = await db
    .select({ slug: tags.slug, name: tags.name })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, row.id))
    .orderBy(tags.name);

  return {
    id: row.id,
    slug: row.slug,
    kicker: row.kicker,
    headline: row.headline,
    lead: row.lead,
    body: row.body,
    publishedAt: row.publishedAt!.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    coverImage: row.coverImage,
    coverAlt: row.coverAlt,
    commentsOpen: row.commentsOpen,
    authorName: row.authorName,
    authorSlug: row.authorSlug,
    category: categoryOf(row),
    tags: postTagRows,
  };
}

export interface PostHeadline {
  slug: string;
  kicker: string;
  headline: string;
  publishedAt: string;
}

export async function listLatestHeadlines(db: Database, options: {
  limit: number;
  excludeId?: number;
}): Promise<PostHeadline[]> {
  const conditions = [isVisiblePost()];
  if (options.excludeId !== undefined) conditions.push(ne(posts.id, options.excludeId));
  const rows = await db
    .select({
      slug: posts.slug,
      kicker: posts.kicker,
      headline: posts.headline,
      publishedAt: posts.publishedAt,
    })
    .from(posts)
    .where(and(...conditions))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt!.toISOString() }));
}
