"use client";

import { OwnCommentTools } from "./own-comment-tools";
import { useViewerComments } from "./viewer-comments";

/** The viewer's own comments awaiting moderation; nobody else is ever sent them. */
export function HeldComments() {
  const { held: all, postedId } = useViewerComments();
  const held = all.filter((comment) => comment.id !== postedId);
  if (held.length === 0) return null;
  return (
    <ol aria-label="Your comments awaiting moderation" className="mt-4 flex flex-col gap-3">
      {held.map((comment) => (
        <li key={comment.id} id={`held-${comment.id}`}>
          <article aria-label={`Comment by ${comment.authorName}, awaiting moderation`} className="rounded border border-dashed border-amber-600 p-3">
            <p className="text-sm">
              <span className="font-semibold">{comment.authorName}</span>{" "}
              <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                Awaiting moderation
              </span>
              {comment.editedAt && <span className="ml-2 text-xs text-stone-600 dark:text-stone-400">(edited)</span>}
            </p>
            <OwnCommentTools id={comment.id}>
              <div className="prose prose-stone mt-1 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: comment.html }} />
            </OwnCommentTools>
          </article>
        </li>
      ))}
    </ol>
  );
}
