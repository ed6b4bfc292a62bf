"use server";

import { headers } from "next/headers";
import { updateTag } from "next/cache";
import { z } from "zod";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { cacheTags } from "@/lib/cache-tags";
import { submitComment } from "@/lib/comments/submit-comment";
import { rememberCommenter, rememberHeldComment } from "@/lib/comments/viewer-cookies";
import { getCurrentUser } from "@/lib/dal";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import { renderCommentMarkdown } from "@/lib/markdown/comment";
import { getClientIp } from "@/lib/request";

export type CommentField = "name" | "email" | "url" | "body";

export type CommentFormState = FormState<CommentField> & {
  posted?: { id: number; status: "approved" | "pending"; html: string; name: string };
};

// Shape only; the rules in lib/moderation decide what is allowed. Generous caps
// stop oversized requests before any work is done.
const submissionSchema = z.object({
  parentId: z.coerce.number().int().positive().nullable(),
  name: z.string().max(1000).default(""),
  email: z.string().max(1000).default(""),
  url: z.string().max(1000).default(""),
  body: z.string().max(70_000, "A comment can be at most 65,525 characters."),
  honeypot: z.string().max(1000).default(""),
  startedAt: z.coerce.number().int().nonnegative().nullable(),
  remember: z.literal("on").nullable(),
});

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : null;
};

export async function postComment(postId: number, _previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
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
  if (!parsed.success || !Number.isSafeInteger(postId)) {
    return { formError: parsed.error?.issues[0]?.message ?? "This article can’t take comments.", values, submission };
  }
  const input = parsed.data;
  const viewer = await getCurrentUser();
  const requestHeaders = await headers();
  const result = await submitComment({
    postId,
    parentId: input.parentId,
    name: input.name,
    email: input.email,
    url: input.url,
    body: input.body,
    honeypot: input.honeypot,
    elapsedMs: input.startedAt ? Date.now() - input.startedAt : null,
    viewer,
    ip: await getClientIp(),
    userAgent: requestHeaders.get("user-agent") ?? "",
  });

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
    html: renderCommentMarkdown(input.body),
    name: viewer?.name ?? input.name.trim(),
  };
  if (result.status === "approved") {
    updateTag(cacheTags.postComments(postId));
    updateTag(cacheTags.commentCounts);
  } else if (result.status === "pending" && !viewer) {
    await rememberHeldComment(posted.id);
  }
  return { ok: true, posted, submission };
}

/** The comment as it will look, through the same sanitizing renderer; limited per address. */
export async function previewComment(body: string): Promise<string> {
  const { count } = await hitRateLimit({ key: `comment-preview:${await getClientIp()}`, windowMs: 3_600_000 });
  if (count > 300) return "<p>Too many previews from your network. Post the comment or try again later.</p>";
  const parsed = z.string().max(70_000).safeParse(body);
  return parsed.success ? renderCommentMarkdown(parsed.data) : "<p>That comment is too long to preview.</p>";
}
