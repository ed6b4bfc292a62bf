"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";

export type HeldComment = { id: number; parentId: number | null; authorName: string; createdAt: string; editedAt: string | null; html: string };
export type ChangeableComment = { id: number; body: string; until: string };

type ViewerComments = {
  held: HeldComment[];
  changeable: Map<number, ChangeableComment>;
  refresh: () => void;
  /** The outcome of the viewer's last change, read out and shown above the thread. */
  notice: string | null;
  announce: (message: string) => void;
  /** A held comment the form is showing right after posting it, left out of the held list. */
  postedId: number | null;
  setPostedId: (id: number | null) => void;
};

const Context = createContext<ViewerComments>({
  held: [],
  changeable: new Map(),
  refresh: () => {},
  notice: null,
  announce: () => {},
  postedId: null,
  setPostedId: () => {},
});

/**
 * What only this viewer may see of a post's comments: their own held comments,
 * and which of their comments they may still change. Fetched in the browser so
 * the article page itself stays cached and identical for everyone.
 */
export function ViewerCommentsProvider({ postId, children }: { postId: number; children: ReactNode }) {
  const [state, setState] = useState<{ held: HeldComment[]; changeable: Map<number, ChangeableComment> }>({
    held: [],
    changeable: new Map(),
  });
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [postedId, setPostedId] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/comments/mine?post=${postId}`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ held: HeldComment[]; changeable: ChangeableComment[] }>) : null))
      .then((data) => {
        if (cancelled || !data) return;
        setState({ held: data.held, changeable: new Map(data.changeable.map((comment) => [comment.id, comment])) });
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [postId, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return <Context value={{ ...state, refresh, notice, announce: setNotice, postedId, setPostedId }}>{children}</Context>;
}

/** Where the outcome of an edit or delete is announced; focus moves here so it is read out. */
export function ViewerNotice() {
  const { notice } = useViewerComments();
  return (
    <div role="status" aria-live="polite" tabIndex={-1} id="comment-notice" className="outline-none">
      {notice && (
        <p className="mt-3 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100">
          {notice}
        </p>
      )}
    </div>
  );
}

export function useViewerComments(): ViewerComments {
  return useContext(Context);
}
