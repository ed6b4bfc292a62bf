"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { PostedComment } from "./posted-comment";
import { type ReplyDetail, useCommentForm } from "./use-comment-form";

export { REPLY_EVENT, type ReplyDetail } from "./use-comment-form";

export function CommentForm({ postId, initialReplyTo = null, offerReplyEmails = true }: { postId: number; initialReplyTo?: ReplyDetail; offerReplyEmails?: boolean }) {
  const { state, action, pending, posted, viewer, resultRef, formRef, bodyRef, replyTo, setReplyTo, preview, showPreview } = useCommentForm(initialReplyTo);
  const values = state.ok ? {} : (state.values ?? {});
  const guest = viewer === null || viewer === undefined;

  return (
    <section id="respond" aria-labelledby="respond-heading" className="mt-8 border-t border-stone-300 pt-6 dark:border-stone-700">
      <h2 id="respond-heading" className="font-serif text-xl font-bold">
        {replyTo ? `Reply to ${replyTo.name}` : "Leave a comment"}
      </h2>
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {posted && <PostedComment posted={posted} />}
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
        {offerReplyEmails && (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="notify" className="mt-1" />
            {guest ? "Email me when someone replies (we’ll ask you to confirm first)." : "Email me when someone replies."}
          </label>
        )}
        {guest && (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="remember" className="mt-1" />
            Save my name, email and website in this browser for the next time I comment.
          </label>
        )}
        {preview !== null && (
          <div aria-label="Preview" role="region" className="rounded border border-dashed border-stone-400 p-3 dark:border-stone-600">
            <p className="text-xs font-semibold tracking-widest uppercase">Preview</p>
            {"html" in preview ? (
              // Sanitized on the server by the renderer that stores comments.
              <div className="prose prose-stone max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: preview.html }} />
            ) : (
              <p className="text-sm font-semibold">{preview.problem}</p>
            )}
          </div>
        )}
        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={pending} pendingText="Posting…">
            Post comment
          </SubmitButton>
          <button
            type="button"
            className="rounded border border-stone-500 px-4 py-2 font-semibold"
            onClick={showPreview}
          >
            Preview
          </button>
        </div>
      </form>
    </section>
  );
}
