import type { PostStatus } from "@/db/schema";
import { type Actor, can } from "@/lib/permissions";

// The status workflow, pure: which button does what to which post, for whom.

export const postIntents = ["save", "submit", "publish", "schedule", "unpublish", "restore"] as const;
export type PostIntent = (typeof postIntents)[number];

export interface WorkflowPost {
  authorId: string;
  status: PostStatus;
  publishedAt: Date | null;
}

export type WorkflowDecision =
  | { ok: true; status: PostStatus; publishedAt: Date | null }
  | { ok: false; field?: "publishAt"; message: string };

/** Statuses that readers see now or will see without anyone acting again. */
export function isLive(status: PostStatus): boolean {
  return status === "published" || status === "scheduled";
}

const refuse = (message: string, field?: "publishAt"): WorkflowDecision => ({ ok: false, message, ...(field ? { field } : {}) });

/**
 * What `intent` does to `post` (null: a post not yet saved) when `actor` asks.
 * Authors write and submit their own posts; only editors and admins publish,
 * schedule and unpublish. A post keeps its first publish date for good.
 */
export function decideStatus(input: {
  actor: Actor;
  post: WorkflowPost | null;
  intent: PostIntent;
  publishAt?: Date | null;
  now: Date;
}): WorkflowDecision {
  const { actor, intent, now } = input;
  const post = input.post ?? { authorId: actor.id, status: "draft" as PostStatus, publishedAt: null };
  if (input.post ? !can(actor, "post:edit", post) : !can(actor, "post:create")) {
    return refuse(input.post ? "You can’t edit this post." : "You can’t write posts.");
  }
  const publisher = can(actor, "post:publish");
  const { status, publishedAt } = post;

  switch (intent) {
    case "save":
      if (status === "trash") return refuse("This post is in the trash. Restore it before changing it.");
      return { ok: true, status, publishedAt };
    case "submit":
      if (status === "trash") return refuse("This post is in the trash. Restore it before changing it.");
      if (status === "published" || status === "scheduled") return refuse("This post is already published or scheduled.");
      return { ok: true, status: "pending", publishedAt };
    case "publish":
      if (!publisher) return refuse("Only editors can publish. Submit it for review instead.");
      if (status === "trash") return refuse("This post is in the trash. Restore it before publishing.");
      // Republishing keeps the original date; a scheduled post published early goes out now.
      return { ok: true, status: "published", publishedAt: status !== "scheduled" && publishedAt ? publishedAt : now };
    case "schedule": {
      if (!publisher) return refuse("Only editors can schedule posts.");
      if (status === "trash") return refuse("This post is in the trash. Restore it before scheduling.");
      if (status === "published") return refuse("This post is already live. Unpublish it first to schedule it again.");
      const at = input.publishAt;
      if (!at) return refuse("Choose when it should go live.", "publishAt");
      if (at.getTime() <= now.getTime()) return refuse("Choose a time in the future, or publish now.", "publishAt");
      return { ok: true, status: "scheduled", publishedAt: at };
    }
    case "unpublish":
      if (!publisher) return refuse("Only editors can unpublish posts.");
      // A scheduled post that never went out returns to draft with no date.
      if (status === "scheduled") return { ok: true, status: "draft", publishedAt: null };
      if (status !== "published") return refuse("This post isn’t published.");
      return { ok: true, status: "unpublished", publishedAt };
    case "restore":
      if (status !== "trash") return refuse("This post isn’t in the trash.");
      return { ok: true, status: "draft", publishedAt: publishedAt && publishedAt <= now ? publishedAt : null };
  }
}
