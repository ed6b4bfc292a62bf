import { COMMENT_LIMITS } from "@/lib/validation/comment";
import { isValidEmail } from "@/lib/validation/email";
import { isBlank } from "@/lib/validation/text";
import type { DiscussionSettings } from "@/lib/settings/discussion";
import { verdictFor } from "@/lib/spam/assess";

// The comment rules, as one pure function: no database, no framework. The caller
// gathers the context (post, parent, author history, recent activity) and stores
// the decision with its reason.

export const LIMITS = COMMENT_LIMITS;

export interface CommentSubmission {
  name: string;
  email: string;
  url: string;
  body: string;
  /** The hidden field people never see; anything in it came from a bot. */
  honeypot: string;
  /** Time from rendering the form to sending it, as the form reported it. */
  elapsedMs: number | null;
}

export interface CommentContext {
  now: Date;
  settings: DiscussionSettings;
  post: { visible: boolean; commentsOpen: boolean; publishedAt: Date | null; authorId: string } | null;
  /** Present when the comment is a reply. */
  parent: { found: boolean; approved: boolean; depth: number; samePost: boolean } | null;
  author: {
    userId: string | null;
    /** Staff who may moderate comments. */
    canModerate: boolean;
    /** Approved comments this person (account, or guest email) already has. */
    approvedCount: number;
    /** An active block or suspension matches their account, email or address. */
    blocked?: boolean;
  };
  recent: {
    /** The latest comment from the same account, address or email, if any. */
    lastCommentAt: Date | null;
    commentsFromIpLastHour: number;
    /** Same post, parent, author and text already stored. */
    duplicate: boolean;
  };
  request: { ip: string; userAgent: string };
  /** The learning spam filter's score and its top reasons; null when there is no model yet. */
  spam?: { score: number; reasons: string[] } | null;
}

export type Field = "name" | "email" | "url" | "body";

export type Decision =
  | { outcome: "refuse"; reason: RefusalReason; field?: Field; message: string }
  | { outcome: "accept"; status: "approved" | "pending" | "spam"; reason: AcceptReason };

export type RefusalReason =
  | "post-not-found"
  | "comments-closed"
  | "parent-not-found"
  | "parent-not-approved"
  | "too-deep"
  | "registration-required"
  | "name-required"
  | "email-required"
  | "email-invalid"
  | "body-empty"
  | "field-too-long"
  | "url-invalid"
  | "duplicate"
  | "flood"
  | "rate-limited";

export type AcceptReason =
  | "staff"
  | "post-author"
  | "blocked-commenter"
  | "disallowed-keyword"
  | "honeypot"
  | "too-fast"
  | "manual-approval"
  | "too-many-links"
  | "moderation-keyword"
  | "spam-filter"
  | "first-time-commenter"
  | "previously-approved";

const refuse = (reason: RefusalReason, message: string, field?: Field): Decision => ({
  outcome: "refuse",
  reason,
  message,
  ...(field ? { field } : {}),
});
const accept = (status: "approved" | "pending" | "spam", reason: AcceptReason): Decision & { outcome: "accept" } => ({
  outcome: "accept",
  status,
  reason,
});

const DAY_MS = 86_400_000;

export function decideComment(input: CommentSubmission, context: CommentContext): Decision {
  return refusal(input, context) ?? acceptance(input, context);
}

function refusal(input: CommentSubmission, context: CommentContext): Decision | null {
  const { post, parent, settings, author, recent, now } = context;
  const guest = author.userId === null;

  if (!post || !post.visible) return refuse("post-not-found", "This article isn’t open for comments.");
  if (!post.commentsOpen) return refuse("comments-closed", "Comments are closed on this article.");
  if (isAutoClosed(settings, post.publishedAt, now)) return refuse("comments-closed", "Comments are closed on this article.");
  if (parent) {
    if (!parent.found || !parent.samePost) return refuse("parent-not-found", "The comment you’re replying to no longer exists.");
    if (!parent.approved) return refuse("parent-not-approved", "You can only reply to published comments.");
    if (parent.depth + 1 >= settings.threadDepth) {
      return refuse("too-deep", "This conversation is as deep as replies go. Reply further up the thread.");
    }
  }
  if (guest && settings.registrationRequired) return refuse("registration-required", "Sign in to comment.");

  if (guest) {
    const fieldProblem = guestFieldProblem(input, settings);
    if (fieldProblem) return fieldProblem;
  }
  if (isBlank(input.body)) return refuse("body-empty", "Write a comment first.", "body");
  if (input.body.length > LIMITS.body) {
    return refuse("field-too-long", `A comment can be at most ${LIMITS.body.toLocaleString("en-GB")} characters.`, "body");
  }

  if (recent.duplicate) return refuse("duplicate", "You’ve already said that: this comment is a duplicate.", "body");
  if (!author.canModerate) {
    const sinceLast = recent.lastCommentAt ? now.getTime() - recent.lastCommentAt.getTime() : Infinity;
    if (sinceLast < settings.floodSeconds * 1000) {
      return refuse("flood", "You’re commenting too quickly. Wait a few seconds and try again.");
    }
    if (recent.commentsFromIpLastHour >= settings.hourlyLimitPerIp) {
      return refuse("rate-limited", "Too many comments from your network in the last hour. Try again later.");
    }
  }
  return null;
}

function guestFieldProblem(input: CommentSubmission, settings: DiscussionSettings): Decision | null {
  const name = input.name.trim();
  const email = input.email.trim();
  const url = input.url.trim();
  if (settings.requireNameEmail && isBlank(name)) return refuse("name-required", "Enter your name.", "name");
  if (settings.requireNameEmail && !email) return refuse("email-required", "Enter your email address.", "email");
  if (name.length > LIMITS.name) return refuse("field-too-long", `A name can be at most ${LIMITS.name} characters.`, "name");
  if (email.length > LIMITS.email) {
    return refuse("field-too-long", `An email address can be at most ${LIMITS.email} characters.`, "email");
  }
  if (email && !isValidEmail(email)) return refuse("email-invalid", "Enter an email address like name@example.com.", "email");
  if (url.length > LIMITS.url) return refuse("field-too-long", `A website address can be at most ${LIMITS.url} characters.`, "url");
  if (url && !isWebAddress(url)) return refuse("url-invalid", "A website must start with http:// or https://.", "url");
  return null;
}

/** The status rules alone (no refusals): what a comment with this content and author would get. */
export function acceptance(input: CommentSubmission, context: Pick<CommentContext, "post" | "settings" | "author" | "request" | "spam">): Decision & { outcome: "accept" } {
  const { post, settings, author, request, spam } = context;
  if (author.canModerate) return accept("approved", "staff");
  if (author.blocked) return accept("spam", "blocked-commenter");
  if (author.userId !== null && author.userId === post?.authorId) return accept("approved", "post-author");

  const haystack = [input.name, input.email, input.url, input.body, request.ip, request.userAgent];
  if (matchesAny(haystack, settings.disallowedKeys)) return accept("spam", "disallowed-keyword");
  if (input.honeypot.trim() !== "") return accept("spam", "honeypot");
  if (input.elapsedMs !== null && input.elapsedMs < settings.minSecondsToSubmit * 1000) return accept("spam", "too-fast");

  // The learning filter: above the upper threshold spam, between the two held; below, the rules below decide.
  // Someone this site has approved before is only ever sent to spam by it, never held
  // on a middling score: the hold band is for strangers.
  if (settings.spamFilter && spam) {
    const verdict = verdictFor(spam.score, { spam: settings.spamThreshold, hold: settings.spamHoldThreshold });
    if (verdict === "spam") return accept("spam", "spam-filter");
    if (verdict === "hold" && author.approvedCount === 0) return accept("pending", "spam-filter");
  }

  if (settings.manualApproval) return accept("pending", "manual-approval");
  if (countLinks(input.body) >= settings.holdLinkCount) return accept("pending", "too-many-links");
  if (matchesAny(haystack, settings.moderationKeys)) return accept("pending", "moderation-keyword");
  if (settings.requirePreviouslyApproved && author.approvedCount === 0) return accept("pending", "first-time-commenter");
  return accept("approved", "previously-approved");
}

/** Web addresses in the text: http(s) links and bare www. names, each counted once. */
export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/|(?<![/\w.@])www\.[a-z0-9-]/gi) ?? []).length;
}

/** Case-insensitive: does any listed word or phrase occur in any of the values? */
export function matchesAny(values: readonly string[], keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  const lowered = values.map((value) => value.toLowerCase());
  return keys.some((key) => {
    const needle = key.toLowerCase();
    return needle !== "" && lowered.some((value) => value.includes(needle));
  });
}

export function isAutoClosed(settings: DiscussionSettings, publishedAt: Date | null, now: Date): boolean {
  return settings.closeAfterDays !== null && publishedAt !== null && now.getTime() - publishedAt.getTime() > settings.closeAfterDays * DAY_MS;
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
