"use server";

import { headers } from "next/headers";
import { updateTag } from "next/cache";
import { z } from "zod";
import type { ActiveUser } from "@/db/queries/users/accounts";
import { commentReportReasons } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import type { CommentField, CommentFormState, OwnCommentState, PreviewState, ReportState } from "@/lib/comments/action-states";
import { deleteOwnCommentAsAuthor, editOwnComment, type OwnChangeResult } from "@/lib/comments/own-comment";
import { previewCommentHtml } from "@/lib/comments/preview-comment";
import { reportComment as recordReport } from "@/lib/comments/report-comment";
import { submitComment } from "@/lib/comments/submit-comment";
import { notifySoon } from "@/lib/notifications/worker";
import { readOwnCommentIds, rememberCommenter, rememberOwnComment } from "@/lib/comments/viewer-cookies";
import { anyone, defineAction } from "@/lib/forms/action";
import { echoValues, formFields } from "@/lib/forms/action-state";
import { getClientIp, getClientKey } from "@/lib/request";
import { commentBodyInput, commentFieldsSchema } from "@/lib/validation/comment";
import { idParam } from "@/lib/validation/id";

// The reader's comment actions. Anyone may call them; the rules in lib/comments
// decide what a guest, a reader or staff may do, and ownership is checked there.

const fields = ["name", "email", "url", "body"] as const satisfies readonly CommentField[];
const OUT_OF_DATE = "This form is out of date. Reload the page and try again.";

// Shape and hygiene only; the rules decide what is allowed.
const submissionSchema = commentFieldsSchema.extend({
  postId: idParam.catch(0).refine((id) => id > 0, "This article can’t take comments."),
  parentId: z.union([z.literal("").transform(() => null), idParam]).default(null).catch(-1).refine((id) => id !== -1, OUT_OF_DATE),
  company: z.string().max(1000, OUT_OF_DATE).default(""),
  startedAt: z.union([z.literal("").transform(() => null), z.string().regex(/^\d{1,15}$/).transform(Number)]).default(null).catch(null),
  remember: z.literal("on").optional(),
  notify: z.literal("on").optional(),
});

function invalidatePublicComments(postId: number) {
  updateTag(cacheTags.postComments(postId));
  updateTag(cacheTags.commentCounts);
}

async function requestDetails() {
  return { ip: await getClientIp(), userAgent: (await headers()).get("user-agent") ?? "" };
}

export const postComment: (previous: CommentFormState, formData: FormData) => Promise<CommentFormState> = defineAction({
  label: "comment submission",
  gate: anyone,
  read: (_previous: CommentFormState, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, fields),
  schema: submissionSchema,
  fields,
  async run(input, viewer) {
    const result = await submitComment({
      postId: input.postId,
      parentId: input.parentId,
      name: input.name,
      email: input.email,
      url: input.url,
      body: input.body,
      honeypot: input.company,
      elapsedMs: input.startedAt ? Date.now() - input.startedAt : null,
      viewer,
      notifyReplies: input.notify === "on",
      ...(await requestDetails()),
    });
    if (result.outcome === "refuse") return result.field ? { fieldErrors: { [result.field]: result.message } } : { formError: result.message };
    if (!viewer) await rememberCommenter(input.remember ? { name: input.name, email: input.email, url: input.url } : null);
    const posted = {
      id: result.commentId!,
      // Spam is not announced: to its sender it looks like any held comment.
      status: result.status === "approved" ? ("approved" as const) : ("pending" as const),
      html: result.html!,
      name: viewer?.name ?? input.name.trim(),
    };
    if (result.status === "approved") invalidatePublicComments(input.postId);
    if (result.notices) notifySoon();
    if (!viewer) await rememberOwnComment(posted.id);
    return { ok: true, data: { posted } };
  },
});

async function changeContext(commentId: number, viewer: ActiveUser | null) {
  return { commentId, viewer, cookieIds: await readOwnCommentIds(), ...(await requestDetails()) };
}

function afterChange(result: OwnChangeResult & { outcome: "done" }) {
  // Only a change to what the public sees needs the article's cache cleared.
  if (result.previousStatus === "approved" || result.status === "approved") invalidatePublicComments(result.postId);
}

/** The commenter rewrites their comment within the change window; the rules run again on the new text. */
export const editComment: (previous: OwnCommentState, formData: FormData) => Promise<OwnCommentState> = defineAction({
  label: "comment edit",
  gate: anyone,
  read: (_previous: OwnCommentState, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["body"] as const),
  schema: z.object({ commentId: idParam.catch(0).refine((id) => id > 0, "That comment no longer exists."), body: commentBodyInput.default("") }),
  fields: ["body"],
  async run(input, viewer) {
    const result = await editOwnComment({ ...(await changeContext(input.commentId, viewer)), body: input.body });
    if (result.outcome === "refuse") {
      const beside = result.reason === "body-empty" || result.reason === "field-too-long";
      return beside ? { fieldErrors: { body: result.message } } : { formError: result.message };
    }
    afterChange(result);
    // Spam is not announced to its sender: it reads as held.
    return { ok: true, data: { status: result.status === "spam" ? "pending" : result.status, html: result.html } };
  },
});

/** The commenter deletes their comment within the change window. */
export const deleteComment: (commentId: number) => Promise<OwnCommentState> = defineAction({
  label: "comment delete",
  gate: anyone,
  read: (commentId: number) => ({ commentId: String(commentId) }),
  schema: z.object({ commentId: idParam.catch(0).refine((id) => id > 0, "That comment no longer exists.") }),
  async run(input, viewer) {
    const result = await deleteOwnCommentAsAuthor(await changeContext(input.commentId, viewer));
    if (result.outcome === "refuse") return { formError: result.message };
    afterChange(result);
    return { ok: true, data: { status: "deleted" as const } };
  },
});

/** A reader flags a published comment for the moderators, once each. */
export const reportComment: (previous: ReportState, formData: FormData) => Promise<ReportState> = defineAction({
  label: "comment report",
  gate: anyone,
  read: (_previous: ReportState, formData: FormData) => formFields(formData),
  schema: z.object({
    commentId: idParam.catch(0).refine((id) => id > 0, "That comment is no longer shown."),
    reason: z.enum(commentReportReasons, { error: "Choose what is wrong with this comment." }),
  }),
  async run(input, viewer) {
    const result = await recordReport({ commentId: input.commentId, reason: input.reason, viewer, ip: await getClientIp() });
    const ok = result.outcome === "reported" || result.outcome === "already";
    return ok ? { ok, message: result.message } : { formError: result.message };
  },
});

/** The comment as it will look, through the same sanitizing renderer; limited per address. */
export const previewComment: (body: string) => Promise<PreviewState> = defineAction({
  label: "comment preview",
  gate: anyone,
  read: (body: string) => ({ body }),
  schema: z.object({ body: commentBodyInput }),
  fields: ["body"],
  run: async ({ body }) => previewCommentHtml(body, await getClientKey()),
});
