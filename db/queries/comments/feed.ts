import "server-only";
import { and, desc, eq, type SQL } from "drizzle-orm";
import { comments, posts } from "../../schema";
import type { Database } from "../../client";
import { isVisiblePost } from "../posts/published";

/** A comment as a feed lists it: what readers see on the page, and the story it is on. */
export interface FeedComment {
  id: number;
  authorName: string;
  body: string;
  bodyHtml: string | null;
  bodyHtmlVersion: number | null;
  createdAt: string;
  editedAt: string | null;
  postSlug: string;
  postHeadline: string;
}

/** The query behind listFeedComments, unexecuted, so tests can check its plan. */
export function feedCommentsQuery(db: Database, { postId, limit }: { postId?: number; limit: number }) {
  const where: SQL[] = [eq(comments.status, "approved"), isVisiblePost()];
  if (postId !== undefined) where.push(eq(comments.postId, postId));
  return db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      bodyHtml: comments.bodyHtml,
      bodyHtmlVersion: comments.bodyHtmlVersion,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      postSlug: posts.slug,
      postHeadline: posts.headline,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(...where))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit);
}

/**
 * The newest approved comments on published stories, site-wide or on one post
 * (comments_status_created_idx / comments_post_status_created_idx). Never the
 * email, IP or browser.
 */
export async function listFeedComments(db: Database, options: { postId?: number; limit: number }): Promise<FeedComment[]> {
  const rows = await feedCommentsQuery(db, options);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), editedAt: row.editedAt?.toISOString() ?? null }));
}
