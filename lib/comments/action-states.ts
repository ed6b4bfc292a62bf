import type { ActionState } from "@/lib/forms/action-state";

// What the comment actions answer, shared by the actions and the forms that show it.

export type CommentField = "name" | "email" | "url" | "body";

/** A comment just posted, as its author sees it straight away (spam reads as held). */
export type PostedComment = { id: number; status: "approved" | "pending"; html: string; name: string };

export type CommentFormState = ActionState<CommentField, { posted: PostedComment }>;

/** After an edit or delete: where the comment now stands. */
export type OwnCommentState = ActionState<"body", { status: "approved" | "pending" | "spam" | "deleted"; html?: string }>;

export type ReportState = ActionState;

/** A comment preview: its HTML from the same renderer the write path stores, or why there is none. */
export type PreviewState = ActionState<"body", { html: string }>;
