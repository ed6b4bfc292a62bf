import type { CommentActions } from "@/components/comments/comment-actions";
import { deleteComment, editComment, postComment, previewComment, reportComment } from "./actions";

/** The comment forms' server actions, handed to the shared comment components. */
export const commentActions: CommentActions = { postComment, previewComment, editComment, deleteComment, reportComment };
