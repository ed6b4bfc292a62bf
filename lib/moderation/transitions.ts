import type { CommentStatus } from "@/db/schema";

// What each moderation action does to a comment's status, as one pure table so
// the queue, bulk actions and undo all agree. previousStatus remembers where a
// comment was before spam or trash, so "not spam" and "restore" put it back.

export const moderationActions = ["approve", "unapprove", "spam", "not-spam", "trash", "restore", "delete"] as const;
export type ModerationAction = (typeof moderationActions)[number];

export interface StatusState {
  status: CommentStatus;
  previousStatus: CommentStatus | null;
}

/** The state after the action; "deleted" for delete; null when the action does not apply to this status. */
export function applyAction(action: ModerationAction, state: StatusState): StatusState | "deleted" | null {
  const { status } = state;
  switch (action) {
    case "approve":
      return status === "pending" ? { status: "approved", previousStatus: null } : null;
    case "unapprove":
      return status === "approved" ? { status: "pending", previousStatus: null } : null;
    case "spam":
      return status === "spam" ? null : { status: "spam", previousStatus: status === "trash" ? (state.previousStatus ?? "pending") : status };
    case "not-spam":
      return status === "spam" ? { status: restorable(state.previousStatus), previousStatus: null } : null;
    case "trash":
      return status === "trash" ? null : { status: "trash", previousStatus: status };
    case "restore":
      return status === "trash" ? { status: restorable(state.previousStatus), previousStatus: null } : null;
    case "delete":
      // Delete for good only from spam or trash: a published comment is trashed first.
      return status === "spam" || status === "trash" ? "deleted" : null;
  }
}

function restorable(previous: CommentStatus | null): CommentStatus {
  return previous === "approved" || previous === "pending" ? previous : "pending";
}

/** Which actions a row in this status offers, in the order the queue shows them. */
export function actionsFor(status: CommentStatus): ModerationAction[] {
  return moderationActions.filter((action) => applyAction(action, { status, previousStatus: null }) !== null);
}

export const actionLabels: Record<ModerationAction, { verb: string; done: string }> = {
  approve: { verb: "Approve", done: "approved" },
  unapprove: { verb: "Unapprove", done: "unapproved" },
  spam: { verb: "Spam", done: "marked as spam" },
  "not-spam": { verb: "Not spam", done: "restored from spam" },
  trash: { verb: "Trash", done: "moved to the trash" },
  restore: { verb: "Restore", done: "restored" },
  delete: { verb: "Delete for good", done: "deleted for good" },
};
