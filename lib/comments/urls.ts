import type { CommentOrder } from "@/db/queries/comments/threads";

// Addresses of a thread's pages. The article itself is page 1 in the site's
// default order, so the common case keeps one canonical URL.

export const COMMENT_ORDERS = ["oldest", "newest"] as const satisfies readonly CommentOrder[];

export function isCommentOrder(value: string): value is CommentOrder {
  return (COMMENT_ORDERS as readonly string[]).includes(value);
}

/** A page number from a URL segment: digits only, no leading zero, within reason. */
export function parseCommentPage(value: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export function commentPagePath(slug: string, order: CommentOrder, page: number, defaultOrder: CommentOrder): string {
  if (order === defaultOrder && page === 1) return `/posts/${slug}`;
  return `/posts/${slug}/comments/${order}/${page}`;
}

export function commentAnchor(id: number): string {
  return `comment-${id}`;
}

/** The no-JavaScript way to answer a comment: a page with the form set up as a reply. */
export function replyPath(slug: string, commentId: number): string {
  return `/posts/${slug}/reply/${commentId}`;
}

/** A stable link to one comment, wherever it ends up (see app/comment/[id]). */
export function commentPermalink(id: number): string {
  return `/comment/${id}`;
}
