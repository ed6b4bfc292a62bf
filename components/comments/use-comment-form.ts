"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { CommentFormState } from "@/lib/comments/action-states";
import { readCommenterFromCookies } from "@/lib/comments/commenter-cookie";
import { useCommentActions } from "./comment-actions";
import { useViewerComments } from "./viewer-comments";

export const REPLY_EVENT = "broadsheet:reply";
export type ReplyDetail = { id: number; name: string } | null;
type Viewer = { name: string } | null;
/** Rendered HTML to show, or the reason there is none (shown as text). */
export type PreviewShown = { html: string } | { problem: string };

/** Everything the comment form does besides drawing itself: posting, replying, previewing, remembering. */
export function useCommentForm(initialReplyTo: ReplyDetail) {
  const { postComment, previewComment } = useCommentActions();
  const [state, action, pending] = useActionState<CommentFormState, FormData>(postComment, {});
  const { refresh, setPostedId } = useViewerComments();
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  // Reply target and preview belong to the submission they were made for; a new
  // answer from the server makes them stale without an effect to clear them.
  const round = state.submission ?? 0;
  const [reply, setReply] = useState<{ to: ReplyDetail; round: number }>({ to: initialReplyTo, round: 0 });
  const [previewState, setPreviewState] = useState<{ shown: PreviewShown; round: number } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const posted = state.data?.posted;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    // Filled in the browser: the page is cached and shared, the form is not.
    const started = form.elements.namedItem("startedAt");
    if (started instanceof HTMLInputElement) started.value = String(Date.now());
    const remembered = readCommenterFromCookies(document.cookie);
    for (const key of ["name", "email", "url"] as const) {
      const input = form.elements.namedItem(key);
      if (input instanceof HTMLInputElement && !input.value && remembered[key]) input.value = remembered[key];
    }
    const remember = form.elements.namedItem("remember");
    if (remember instanceof HTMLInputElement && remembered.name) remember.checked = true;
  }, [round, viewer]);

  useEffect(() => {
    fetch("/api/me", { cache: "no-store" })
      .then((response) => response.json() as Promise<{ user: Viewer }>)
      .then((data) => setViewer(data.user))
      .catch(() => setViewer(null));
  }, []);

  useEffect(() => {
    const onReply = (event: Event) => {
      setReply({ to: (event as CustomEvent<ReplyDetail>).detail, round });
      bodyRef.current?.focus();
    };
    window.addEventListener(REPLY_EVENT, onReply);
    return () => window.removeEventListener(REPLY_EVENT, onReply);
  }, [round]);

  useEffect(() => {
    if (!posted) return;
    resultRef.current?.focus();
    // The new comment joins the viewer's own: held ones are listed, and all can be changed for a while.
    setPostedId(posted.status === "pending" ? posted.id : null);
    refresh();
  }, [posted, refresh, setPostedId]);

  return {
    state,
    action,
    pending,
    posted,
    viewer,
    resultRef,
    bodyRef,
    formRef,
    replyTo: reply.round === round ? reply.to : initialReplyTo,
    setReplyTo: (to: ReplyDetail) => setReply({ to, round }),
    preview: previewState?.round === round ? previewState.shown : null,
    showPreview: () =>
      void previewComment(bodyRef.current?.value ?? "").then((state) =>
        setPreviewState({ shown: state.data ? { html: state.data.html } : { problem: state.fieldErrors?.body ?? state.formError ?? "The preview isn’t available just now." }, round }),
      ),
  };
}
