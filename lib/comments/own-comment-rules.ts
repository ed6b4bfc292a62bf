import type { DiscussionSettings } from "@/lib/settings/discussion";
import { isBlank } from "@/lib/validation/text";
import { acceptance, isAutoClosed, LIMITS } from "./rules";

// What a commenter may still do with their own comment after posting it: change
// or delete it for a short while, as long as nobody has answered it yet. Pure, like
// the comment rules, so each condition is tested alone.

export const EDIT_WINDOW_MS = 15 * 60_000;

export type OwnCommentStatus = "approved" | "pending" | "spam" | "trash";

export interface OwnCommentContext {
  now: Date;
  settings: DiscussionSettings;
  comment: {
    status: OwnCommentStatus;
    createdAt: Date;
    /** Replies in any state: once somebody answered, the text they answered stays. */
    replyCount: number;
    owned: boolean;
    authorName: string;
    authorEmail: string;
    authorUrl: string;
  } | null;
  post: { visible: boolean; commentsOpen: boolean; publishedAt: Date | null; authorId: string } | null;
  author: { userId: string | null; canModerate: boolean; approvedCount: number };
  request: { ip: string; userAgent: string };
}

export type OwnChangeRefusal = "not-found" | "not-owner" | "window-closed" | "has-replies" | "comments-closed" | "body-empty" | "field-too-long";

export type OwnChangeDecision =
  | { outcome: "refuse"; reason: OwnChangeRefusal; message: string }
  /** reason null: the status stands, and so does the reason it was given. */
  | { outcome: "accept"; status: "approved" | "pending" | "spam"; reason: string | null };

const refuse = (reason: OwnChangeRefusal, message: string): OwnChangeDecision => ({ outcome: "refuse", reason, message });

/** When the commenter can no longer change the comment. */
export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EDIT_WINDOW_MS);
}

/** Conditions shared by editing and deleting. */
export function ownChangeProblem(context: Pick<OwnCommentContext, "comment" | "now">): OwnChangeDecision | null {
  const { comment, now } = context;
  // Spam and trash are not the commenter's to see; they read as gone.
  if (!comment || comment.status === "spam" || comment.status === "trash") {
    return refuse("not-found", "That comment no longer exists.");
  }
  if (!comment.owned) return refuse("not-owner", "You can only change your own comments.");
  if (now.getTime() >= editableUntil(comment.createdAt).getTime()) {
    return refuse("window-closed", "Comments can only be changed for 15 minutes after posting.");
  }
  if (comment.replyCount > 0) return refuse("has-replies", "Someone has replied, so this comment can no longer be changed.");
  return null;
}

const severity = { approved: 0, pending: 1, spam: 2 } as const;

/**
 * An edit runs the status rules again on the new text. It can hold or spam a
 * published comment, but never publishes one a moderator has not yet seen.
 */
export function decideOwnEdit(body: string, context: OwnCommentContext): OwnChangeDecision {
  const problem = ownChangeProblem(context);
  if (problem) return problem;
  const { post, settings, now } = context;
  const comment = context.comment!;
  if (!post || !post.visible) return refuse("not-found", "That comment no longer exists.");
  if (!post.commentsOpen || isAutoClosed(settings, post.publishedAt, now)) {
    return refuse("comments-closed", "Comments are closed on this article, so comments can’t be changed.");
  }
  if (isBlank(body)) return refuse("body-empty", "A comment can’t be empty. Delete it instead.");
  if (body.length > LIMITS.body) {
    return refuse("field-too-long", `A comment can be at most ${LIMITS.body.toLocaleString("en-GB")} characters.`);
  }
  const decided = acceptance(
    { name: comment.authorName, email: comment.authorEmail, url: comment.authorUrl, body, honeypot: "", elapsedMs: null },
    context,
  );
  const current = comment.status === "approved" ? "approved" : "pending";
  if (severity[decided.status] >= severity[current]) return { outcome: "accept", status: decided.status, reason: decided.reason };
  return { outcome: "accept", status: current, reason: null };
}
