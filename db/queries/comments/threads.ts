import "server-only";
import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { comments, posts, users } from "../../schema";
import type { Database } from "../../client";

/** What a reader may see of a comment: never the email, IP or user agent. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  /** Stored rendering of body, and the pipeline version that made it (see lib/markdown). */
  bodyHtml: string | null;
  bodyHtmlVersion: number | null;
  /** Written by the article's author, or by staff: from the account, so no name can claim it. */
  authorBadge: CommentBadge | null;
  createdAt: string;
  editedAt: string | null;
}

export type CommentBadge = "author" | "editor" | "moderator" | "admin";

export type CommentOrder = "oldest" | "newest";

export interface CommentThreadsPage {
  /** This page's top-level comments in the chosen order, then their replies oldest first. */
  comments: PublicComment[];
  page: number;
  /** Pages of top-level comments; at least 1 so an empty thread has a page. */
  pageCount: number;
  /** Every approved comment on the post, on any page. */
  total: number;
}

const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName: comments.authorName,
  authorUrl: comments.authorUrl,
  body: comments.body,
  bodyHtml: comments.bodyHtml,
  bodyHtmlVersion: comments.bodyHtmlVersion,
  authorBadge: sql<CommentBadge | null>`(select case
      when u.id = (select p.author_id from ${posts} p where p.id = ${comments.postId}) then 'author'
      when u.role in ('editor', 'moderator', 'admin') then u.role::text
    end from ${users} u where u.id = ${comments.userId})`,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
};

const approvedTopLevel = (postId: number) =>
  and(eq(comments.postId, postId), eq(comments.status, "approved"), isNull(comments.parentId));

/**
 * One page of approved top-level comments. Pages are numbered so a comment's
 * permalink can name its page; the offset walks comments_post_top_approved_idx,
 * which stays cheap at the thread sizes a page count implies.
 */
export function approvedRootsQuery(db: Database, {
  postId,
  limit,
  offset = 0,
  order = "oldest",
}: {
  postId: number;
  limit: number;
  offset?: number;
  order?: CommentOrder;
}) {
  const direction = order === "oldest" ? asc : desc;
  return db
    .select(publicColumns)
    .from(comments)
    .where(approvedTopLevel(postId))
    .orderBy(direction(comments.createdAt), direction(comments.id))
    .limit(limit)
    .offset(offset);
}

export function approvedRepliesQuery(db: Database, { postId, rootIds }: { postId: number; rootIds: number[] }) {
  return db
    .select(publicColumns)
    .from(comments)
    .where(
      and(
        eq(comments.postId, postId),
        eq(comments.status, "approved"),
        // Top-level comments have no root_id, so this matches replies only.
        inArray(comments.rootId, rootIds),
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** Approved comments on the post: all of them, and the top-level ones that make up pages. */
export function approvedCountsQuery(db: Database, { postId }: { postId: number }) {
  return db
    .select({
      total: sql<number>`count(*)::int`,
      topLevel: sql<number>`(count(*) filter (where ${comments.parentId} is null))::int`,
    })
    .from(comments)
    .where(and(eq(comments.postId, postId), eq(comments.status, "approved")));
}

export function pageCountFor(topLevel: number, perPage: number): number {
  return Math.max(1, Math.ceil(topLevel / perPage));
}

export async function listApprovedThreads(db: Database, options: {
  postId: number;
  perPage: number;
  page?: number;
  order?: CommentOrder;
}): Promise<CommentThreadsPage> {
  const page = options.page ?? 1;
  const [counts] = await approvedCountsQuery(db, options);
  const total = Number(counts?.total ?? 0);
  const pageCount = pageCountFor(Number(counts?.topLevel ?? 0), options.perPage);
  if (page > pageCount) return { comments: [], page, pageCount, total };
  const roots = await approvedRootsQuery(db, {
    postId: options.postId,
    limit: options.perPage,
    offset: (page - 1) * options.perPage,
    order: options.order,
  });
  const rootIds = roots.map((root) => root.id);
  const replies = rootIds.length ? await approvedRepliesQuery(db, { postId: options.postId, rootIds }) : [];
  return {
    comments: [...roots, ...replies].map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
    })),
    page,
    pageCount,
    total,
  };
}

export async function countApprovedComments(db: Database, { postId }: { postId: number }): Promise<number> {
  const [row] = await approvedCountsQuery(db, { postId });
  return Number(row?.total ?? 0);
}

/**
 * Where a published comment is shown: its article and the page of its thread in
 * the given order. Null when the comment, or its article, is not public.
 */
export async function locateApprovedComment(db: Database, options: {
  id: number;
  perPage: number;
  order: CommentOrder;
}): Promise<{ postId: number; slug: string; page: number } | null> {
  const [comment] = await db
    .select({ postId: comments.postId, rootId: comments.rootId, slug: posts.slug })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(
      and(
        eq(comments.id, options.id),
        eq(comments.status, "approved"),
        eq(posts.status, "published"),
        lte(posts.publishedAt, sql`now()`),
      ),
    )
    .limit(1);
  if (!comment) return null;
  const rootId = comment.rootId ?? options.id;
  const [root] = await db
    .select({ createdAt: comments.createdAt, status: comments.status })
    .from(comments)
    .where(eq(comments.id, rootId))
    .limit(1);
  // A reply under a thread that is no longer public is not shown anywhere.
  if (!root || root.status !== "approved") return null;
  const key = sql`(${root.createdAt.toISOString()}::timestamptz, ${rootId}::int)`;
  const before =
    options.order === "oldest"
      ? sql`(${comments.createdAt}, ${comments.id}) < ${key}`
      : sql`(${comments.createdAt}, ${comments.id}) > ${key}`;
  const [ahead] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(approvedTopLevel(comment.postId), before));
  return { postId: comment.postId, slug: comment.slug, page: Math.floor(Number(ahead?.n ?? 0) / options.perPage) + 1 };
}

/** The viewer's own comments still awaiting moderation: by account, or by ids their cookie vouches for. */
export async function listHeldComments(db: Database, options: {
  postId: number;
  userId: string | null;
  ids: number[];
}): Promise<PublicComment[]> {
  const owners = [
    ...(options.userId ? [eq(comments.userId, options.userId)] : []),
    ...(options.ids.length ? [inArray(comments.id, options.ids)] : []),
  ];
  if (owners.length === 0) return [];
  const rows = await db
    .select(publicColumns)
    .from(comments)
    .where(and(eq(comments.postId, options.postId), eq(comments.status, "pending"), or(...owners)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(20);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), editedAt: row.editedAt?.toISOString() ?? null }));
}

/** A published comment on the given post, as readers see it, with its depth in the thread. */
export async function getApprovedComment(db: Database, { postId, id }: { postId: number; id: number }): Promise<(PublicComment & { depth: number }) | null> {
  const [row] = await db
    .select({ ...publicColumns, depth: comments.depth })
    .from(comments)
    .where(and(eq(comments.id, id), eq(comments.postId, postId), eq(comments.status, "approved")))
    .limit(1);
  return row ? { ...row, createdAt: row.createdAt.toISOString(), editedAt: row.editedAt?.toISOString() ?? null } : null;
}
