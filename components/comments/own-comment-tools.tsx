"use client";

import { lazy, type ReactNode, Suspense } from "react";
import { useViewerComments } from "./viewer-comments";

// Most readers own none of the comments they read: the edit form and its
// controls are a separate chunk, fetched only when one is the viewer's.
const OwnCommentControls = lazy(() => import("./own-comment-controls").then((module) => ({ default: module.OwnCommentControls })));

/**
 * Edit and Delete on the viewer's own comment while they may still change it
 * (15 minutes, no replies). Wraps the comment's text, which the edit form
 * replaces while open. Shows nothing for anybody else's comment.
 */
export function OwnCommentTools({ id, children }: { id: number; children: ReactNode }) {
  const { changeable } = useViewerComments();
  if (!changeable.has(id)) return <>{children}</>;
  return (
    <Suspense fallback={<>{children}</>}>
      <OwnCommentControls id={id}>{children}</OwnCommentControls>
    </Suspense>
  );
}
