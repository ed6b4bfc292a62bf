"use server";

import { headers } from "next/headers";
import { updateTag } from "next/cache";
import { z } from "zod";
import { idParam } from "@/lib/validation/id";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { cacheTags } from "@/lib/cache-tags";
import { submitComment } from "@/lib/comments/submit-comment";
import { deleteOwnCommentAsAuthor, editOwnComment, type OwnChangeResult } from "@/lib/comments/own-comment";
import { reportComment as recordReport } from "@/lib/comments/report-comment";
import { readOwnCommentIds, rememberCommenter, rememberOwnComment } from "@/lib/comments/viewer-cookies";
import { commentReportReasons } from "@/db/schema";
import { getCurrentUser } from "@/lib/dal";
import { attemptSave, echoValues, fieldErrorsOf, type FormState, SAVE_FAILED } from "@/lib/forms/form-state";
import { commentBodyInput, commentFieldsSchema } from "@/lib/validation/comment";
import { renderCommentMarkdown } from "@/lib/markdown/comment";
import { escapeHtml } from "@/lib/markdown/plain";
import { getClientIp, getClientKey } from "@/lib/request";
import { getDb } from "@/lib/db";

export type CommentField = "name" | "email" | "url" | "body";

export type CommentFormState = FormState<CommentField> & {
  posted?: { id: number; status: "approved" | "pending"; html: string; name: string };
};

// Shape and hygiene only; the rules in lib/moderation decide what is allowed.
const submissionSchema = commentFieldsSchema.extend({
  parentId: idParam.nullable(),
  honeypot: z.string().max(1000).default(""),
  startedAt: z.string().regex(/^\d{1,15}$/).transform(Number).nullable(),
  remember: z.literal("on").nullable(),
});

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : null;
};



export async function postComment(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const postIdParsed = idParam.safeParse(formData.get("postId"));
  const postId = postIdParsed.success ? postIdParsed.data : NaN;
  const values = echoValues(formData, ["name", "email", "url", "body"] as const);
  const submission = Date.now();
  const parsed = submissionSchema.safeParse({
    parentId: field(formData, "parentId") || null,
    name: field(formData, "name") ?? "",
    email: field(formData, "email") ?? "",
    url: field(formData, "url") ?? "",
    body: field(formData, "body") ?? "",
    honeypot: field(formData, "company") ?? "",
    startedAt: field(formData, "startedAt") || null,
    remember: field(formData, "remember"),
  });
  if (!Number.isSafeInteger(postId)) return { formError: "This article can’t take comments.", values, submission };
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf<CommentField>(parsed.error);
    const known = (["name", "email", "url", "body"] as const).some((name) => fieldErrors[name]);
    return known ? { fieldErrors, values, submission } : { formError: "This form is out of date. Reload the page and try again.", values, submission };
  }
  const input = parsed.data;
  const requestHeaders = await headers();
  const ip = await getClientIp();
  const attempt = await attemptSave("comment submission", async () => {
    const viewer = await getCurrentUser();
    const decided = await submitComment({
      postId,
      parentId: input.parentId,
      name: input.name,
      email: input.email,
      url: input.url,
      body: input.body,
      honeypot: input.honeypot,
      elapsedMs: input.startedAt ? Date.now() - input.startedAt : null,
      viewer,
      ip,
      userAgent: requestHeaders.get("user-agent") ?? "",
    });
    return { viewer, result: decided };
  });
  if (!attempt.saved) return { formError: SAVE_FAILED, values, submission };
  const { viewer, result } = attempt.value;

  if (result.outcome === "refuse") {
    return result.field
      ? { fieldErrors: { [result.field]: result.message }, values, submission }
      : { formError: result.message, values, submission };
  }
  if (!viewer) await rememberCommenter(input.remember ? { name: input.name, email: input.email, url: input.url } : null);
  const posted = {
    id: result.commentId!,
    // Spam is not announced: to its sender it looks like any held comment.
    status: result.status === "approved" ? ("approved" as const) : ("pending" as const),
    html: result.html!,
    name: viewer?.name ?? input.name.trim(),
  };
  if (result.status === "approved") invalidatePublicComments(postId);
  if (!viewer) await rememberOwnComment(posted.id);
  return { ok: true, posted, submission };
}

function invalidatePublicComments(postId: number) {
  updateTag(cacheTags.postComments(postId));
  updateTag(cacheTags.commentCounts);
}

const commentIdSchema = z.number().int().positive().max(2_147_483_647);

export type OwnCommentState = FormState<"body"> & {
  /** After a change: where the comment now stands. */
  result?: { status: "approved" | "pending" | "spam" | "deleted"; html?: string };
};

async function changeContext(commentId: number) {
  const [viewer, cookieIds, requestHeaders, ip] = await Promise.all([getCurrentUser(), readOwnCommentIds(), headers(), getClientIp()]);
  return { commentId, viewer, cookieIds, ip, userAgent: requestHeaders.get("user-agent") ?? "" };
}

function afterChange(result: OwnChangeResult & { outcome: "done" }) {
  // Only a change to what the public sees needs the article's cache cleared.
  if (result.previousStatus === "approved" || result.status === "approved") invalidatePublicComments(result.postId);
}

/** The commenter rewrites their comment within the change window; the rules run again on the new text. */
export async function editComment(_previous: OwnCommentState, formData: FormData): Promise<OwnCommentState> {
  const values = echoValues(formData, ["body"] as const);
  const submission = Date.now();
  const id = idParam.safeParse(formData.get("commentId"));
  const body = commentBodyInput.safeParse(formData.get("body") ?? "");
  if (!id.success) return { formError: "That comment no longer exists.", values, submission };
  if (!body.success) return { fieldErrors: { body: body.error.issues[0]!.message }, values, submission };
  const context = await changeContext(id.data);
  const attempt = await attemptSave("comment edit", () => editOwnComment({ ...context, body: body.data }));
  if (!attempt.saved) return { formError: SAVE_FAILED, values, submission };
  const result = attempt.value;
  if (result.outcome === "refuse") {
    const beside = result.reason === "body-empty" || result.reason === "field-too-long";
    return beside ? { fieldErrors: { body: result.message }, values, submission } : { formError: result.message, values, submission };
  }
  afterChange(result);
  // Spam is not announced to its sender: it reads as held.
  const status = result.status === "spam" ? "pending" : result.status;
  return { ok: true, submission, result: { status, html: result.html } };
}

/** The commenter deletes their comment within the change window. */
export async function deleteComment(commentId: number): Promise<OwnCommentState> {
  const submission = Date.now();
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return { formError: "That comment no longer exists.", submission };
  const result = await deleteOwnCommentAsAuthor(await changeContext(id.data));
  if (result.outcome === "refuse") return { formError: result.message, submission };
  afterChange(result);
  return { ok: true, submission, result: { status: "deleted" } };
}

export type ReportState = { message?: string; ok?: boolean; submission?: number };

/** A reader flags a published comment for the moderators, once each. */
export async function reportComment(_previous: ReportState, formData: FormData): Promise<ReportState> {
  const submission = Date.now();
  const id = idParam.safeParse(formData.get("commentId"));
  const reason = z.enum(commentReportReasons).safeParse(formData.get("reason"));
  if (!id.success) return { message: "That comment is no longer shown.", submission };
  if (!reason.success) return { message: "Choose what is wrong with this comment.", submission };
  const result = await recordReport({ commentId: id.data, reason: reason.data, viewer: await getCurrentUser(), ip: await getClientIp() });
  return { ok: result.outcome === "reported" || result.outcome === "already", message: result.message, submission };
}

/** The comment as it will look, through the same sanitizing renderer; limited per address. */
export async function previewComment(body: string): Promise<string> {
  const { count } = await hitRateLimit(getDb(), { key: `comment-preview:${await getClientKey()}`, windowMs: 3_600_000 });
  if (count > 300) return "<p>Too many previews from your network. Post the comment or try again later.</p>";
  const parsed = commentBodyInput.safeParse(body);
  return parsed.success ? renderCommentMarkdown(parsed.data) : `<p>${escapeHtml(parsed.error.issues[0]!.message)}</p>`;
}
