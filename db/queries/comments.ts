import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "../index";
import { comments } from "../schema";

/** What a reader may see of a comment: never the email, IP or user agent. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
}

export interface CommentThreadsPage {
  comments: PublicComment[];
  /** Approved top-level comments beyond this page. */
  hasMore: boolean;
  /** Every approved comment on the post, on any page. */
  total: number;
}

const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName: comments.authorName,
  authorUrl: comments.authorUrl,
  body: comments.body,
  createdAt: comments.createdAt,
};

/**
 * One page of approved threads, oldest first: the first `limit` top-level
 * comments, then every approved reply in those threads (found by root_id).
 */
export function approvedRootsQuery({ postId, limit }: { postId: number; limit: number }) {
  return getDb()
    .select(publicColumns)
    .from(comments)
    .where(and(eq(comments.postId, postId), eq(comments.status, "approved"), isNull(comments.parentId)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit + 1);
}

export function approvedRepliesQuery({ postId, rootIds }: { postId: number; rootIds: number[] }) {
  return getDb()
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

export async function listApprovedThreads(options: {
  postId: number;
  limit: number;
}): Promise<CommentThreadsPage> {
  const roots = await approvedRootsQuery(options);
  const pageRoots = roots.slice(0, options.limit);
  const rootIds = pageRoots.map((root) => root.id);
  const replies = rootIds.length ? await approvedRepliesQuery({ postId: options.postId, rootIds }) : [];

  const hasMore = roots.length > options.limit;
  const shown = pageRoots.length + replies.length;
  return {
    comments: [...pageRoots, ...replies].map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
    })),
    hasMore,
    total: hasMore ? await countApprovedComments({ postId: options.postId }) : shown,
  };
}

export async function countApprovedComments({ postId }: { postId: number }): Promise<number> {
  const [row] = await getDb()
    .select({ count: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(eq(comments.postId, postId), eq(comments.status, "approved")));
  return Number(row?.count ?? 0);
}

/** The viewer's own comments still awaiting moderation: by account, or by ids their cookie vouches for. */
export async function listHeldComments(options: {
  postId: number;
  userId: string | null;
  ids: number[];
}): Promise<PublicComment[]> {
  const owners = [
    ...(options.userId ? [eq(comments.userId, options.userId)] : []),
    ...(options.ids.length ? [inArray(comments.id, options.ids)] : []),
  ];
  if (owners.length === 0) return [];
  const rows = await getDb()
    .select(publicColumns)
    .from(comments)
    .where(and(eq(comments.postId, options.postId), eq(comments.status, "pending"), or(...owners)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(20);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
