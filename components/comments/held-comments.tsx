"use client";

import { useEffect, useState } from "react";

type Held = { id: number; authorName: string; createdAt: string; html: string };

/** The viewer's own comments awaiting moderation, fetched per viewer so the page itself stays cached. */
export function HeldComments({ postId }: { postId: number }) {
  const [held, setHeld] = useState<Held[]>([]);
  useEffect(() => {
    fetch(`/api/comments/held?post=${postId}`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ comments: Held[] }>) : { comments: [] }))
      .then((data) => setHeld(data.comments))
      .catch(() => setHeld([]));
  }, [postId]);
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
            </p>
            <div className="prose prose-stone mt-1 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: comment.html }} />
          </article>
        </li>
      ))}
    </ol>
  );
}
