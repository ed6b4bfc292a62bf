"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { CommentFormState, OwnCommentState, PreviewState, ReportState } from "@/lib/comments/action-states";

/** The server actions behind the comment forms; app/ hands them in, so these parts know no route. */
export interface CommentActions {
  postComment: (previous: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  previewComment: (body: string) => Promise<PreviewState>;
  editComment: (previous: OwnCommentState, formData: FormData) => Promise<OwnCommentState>;
  deleteComment: (commentId: number) => Promise<OwnCommentState>;
  reportComment: (previous: ReportState, formData: FormData) => Promise<ReportState>;
}

const Context = createContext<CommentActions | null>(null);

export function CommentActionsProvider({ actions, children }: { actions: CommentActions; children: ReactNode }) {
  return <Context value={actions}>{children}</Context>;
}

export function useCommentActions(): CommentActions {
  const actions = useContext(Context);
  if (!actions) throw new Error("Comment forms need a CommentActionsProvider around them.");
  return actions;
}
