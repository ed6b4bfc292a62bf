"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { type CommentFormState, postComment, previewComment } from "@/app/(site)/posts/[slug]/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { commentPermalink } from "@/lib/comments/urls";
import { OwnCommentTools } from "./own-comment-tools";
import { useViewerComments } from "./viewer-comments";

type Viewer = { name: string } | null;
type Remembered = { name?: string; email?: string; url?: string };

function readRememberedCommenter(): Remembered {
  const raw = document.cookie.split("; ").find((part) => part.startsWith("bs_commenter="))?.slice("bs_commenter=".length);
  if (!raw) return {};
  try {
    const json = atob(raw.replace(/-/g, "+").replace(/_/g, "/"));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Remembered;
  } catch {
    return {};
  }
}

export const REPLY_EVENT = "broadsheet:reply";
export type ReplyDetail = { id: number; name: string } | null;

export function CommentForm({ postId, initialReplyTo = null }: { postId: number; initialReplyTo?: ReplyDetail }) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(postComment, {});
  const { refresh, setPostedId } = useViewerComments();
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  // Reply target and preview belong to the submission they were made for; a new
  // answer from the server makes them stale without an effect to clear them.
  const round = state.submission ?? 0;
  const [reply, setReply] = useState<{ to: ReplyDetail; round: number }>({ to: initialReplyTo, round: 0 });
  const [previewState, setPreviewState] = useState<{ html: string; round: number } | null>(null);
  const replyTo = reply.round === round ? reply.to : initialReplyTo;
  const preview = previewState?.round === round ? previewState.html : null;
  const setReplyTo = (to: ReplyDetail) => setReply({ to, round });
  const resultRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    // Filled in the browser: the page is cached and shared, the form is not.
    const started = form.elements.namedItem("startedAt");
    if (started instanceof HTMLInputElement) started.value = String(Date.now());
    const remembered = readRememberedCommenter();
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
    if (!state.posted) return;
    resultRef.current?.focus();
    // The new comment joins the viewer's own: held ones are listed, and all can be changed for a while.
    setPostedId(state.posted.status === "pending" ? state.posted.id : null);
    refresh();
  }, [state.posted, refresh, setPostedId]);

  const values = state.ok ? {} : (state.values ?? {});
  const guest = viewer === null || viewer === undefined;

  return (
    <section id="respond" aria-labelledby="respond-heading" className="mt-8 border-t border-stone-300 pt-6 dark:border-stone-700">
      <h2 id="respond-heading" className="font-serif text-xl font-bold">
        {replyTo ? `Reply to ${replyTo.name}` : "Leave a comment"}
      </h2>
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {state.posted?.status === "approved" && (
          <p className="mt-3 rounded border border-stone-400 p-3 text-sm font-semibold dark:border-stone-600">
            Your comment is published.{" "}
            <a href={commentPermalink(state.posted.id)} className="underline">
              See it in the thread
            </a>
          </p>
        )}
        {state.posted?.status === "pending" && (
          <article
            id={`held-${state.posted.id}`}
            aria-label={`Comment by ${state.posted.name}, awaiting moderation`}
            className="mt-3 rounded border border-dashed border-amber-600 p-3"
          >
            <p className="text-sm font-semibold">Your comment is awaiting moderation. Only you can see it until a moderator approves it.</p>
            <p className="mt-2 text-sm font-semibold">{state.posted.name}</p>
            <OwnCommentTools id={state.posted.id}>
              <div className="prose prose-stone max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: state.posted.html }} />
            </OwnCommentTools>
          </article>
        )}
      </div>
      <form ref={formRef} action={action} noValidate className="mt-4 flex max-w-2xl flex-col gap-4" key={state.submission}>
        <FormAlert message={state.formError} />
        {replyTo && (
          <p className="text-sm">
            Replying to <strong>{replyTo.name}</strong>.{" "}
            <button type="button" className="underline" onClick={() => setReplyTo(null)}>
              Cancel reply
            </button>
          </p>
        )}
        {/* Ids travel as fields, not as arguments bound in the browser: React can't
            match a browser-bound action to a no-JavaScript post and re-renders forever. */}
        <input type="hidden" name="postId" value={postId} />
        <input type="hidden" name="parentId" value={replyTo?.id ?? ""} />
        <input type="hidden" name="startedAt" defaultValue="" />
        {/* People never see or fill this; form-filling bots do. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={`company-${postId}`}>Company</label>
          <input id={`company-${postId}`} name="company" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        {guest ? (
          <>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              Your email address will not be published. Required fields are marked *
            </p>
            <TextField label="Name" name="name" autoComplete="name" required maxLength={245} defaultValue={values.name} error={state.fieldErrors?.name} />
            <TextField label="Email" name="email" type="email" autoComplete="email" required maxLength={100} hint="Never published." defaultValue={values.email} error={state.fieldErrors?.email} />
            <TextField label="Website" name="url" type="url" autoComplete="url" maxLength={200} defaultValue={values.url} error={state.fieldErrors?.url} />
          </>
        ) : (
          <p className="text-sm">
            Commenting as <strong>{viewer.name}</strong>.
          </p>
        )}
        <TextAreaField
          ref={bodyRef}
          label="Comment"
          name="body"
          required
          rows={6}
          maxLength={65_525}
          hint="*emphasis*, **bold**, [links](https://example.org), `code` and > quotes work. HTML is shown as typed."
          defaultValue={values.body}
          error={state.fieldErrors?.body}
        />
        {guest && (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="remember" className="mt-1" />
            Save my name, email and website in this browser for the next time I comment.
          </label>
        )}
        {preview !== null && (
          <div aria-label="Preview" role="region" className="rounded border border-dashed border-stone-400 p-3 dark:border-stone-600">
            <p className="text-xs font-semibold tracking-widest uppercase">Preview</p>
            <div className="prose prose-stone max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: preview }} />
          </div>
        )}
        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={pending} pendingText="Posting…">
            Post comment
          </SubmitButton>
          <button
            type="button"
            className="rounded border border-stone-500 px-4 py-2 font-semibold"
            onClick={() => {
              void previewComment(bodyRef.current?.value ?? "").then((html) => setPreviewState({ html, round }));
            }}
          >
            Preview
          </button>
        </div>
      </form>
    </section>
  );
}
