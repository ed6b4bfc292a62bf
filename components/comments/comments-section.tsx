import type { PublicComment } from "@/db/queries/comments";
import { pluralize } from "@/lib/format";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";
import { HeldComments } from "./held-comments";

export function CommentsSection({
  postId,
  comments,
  total,
  hasMore,
  commentsOpen,
  timeZone,
  maxDepth,
}: {
  postId: number;
  comments: PublicComment[];
  total: number;
  hasMore: boolean;
  commentsOpen: boolean;
  timeZone: string;
  maxDepth: number;
}) {
  return (
    <section id="comments" aria-labelledby="comments-heading" className="border-t-2 border-stone-900 pt-4 dark:border-stone-300">
      <h2 id="comments-heading" className="font-serif text-2xl font-bold">
        {total === 0 ? "Comments" : pluralize(total, "comment", "comments")}
      </h2>
      {comments.length === 0 ? (
        <p className="mt-3 text-stone-600 dark:text-stone-400">No comments yet.</p>
      ) : (
        <CommentThread comments={comments} timeZone={timeZone} maxDepth={maxDepth} canReply={commentsOpen} />
      )}
      {hasMore && (
        <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
          Showing the first {comments.length} of {total} comments.
        </p>
      )}
      <HeldComments postId={postId} />
      {commentsOpen ? (
        <CommentForm postId={postId} />
      ) : (
        <p className="mt-4 rounded bg-stone-200 px-4 py-3 text-sm dark:bg-stone-800">Comments are closed on this article.</p>
      )}
    </section>
  );
}
