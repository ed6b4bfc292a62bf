import type { CommentOrder } from "@/db/queries/comments/threads";
import type { ShownThreadsPage } from "@/lib/comments/shown-comment";
import { pluralize } from "@/lib/format";
import { CommentForm } from "./comment-form";
import { CommentOrderSwitch, CommentPagination } from "./comment-pages";
import { CommentThread } from "./comment-thread";
import { HeldComments } from "./held-comments";
import { PermalinkFinder } from "./permalink-finder";
import { ViewerCommentsProvider, ViewerNotice } from "./viewer-comments";

export function CommentsSection({
  postId,
  slug,
  threads,
  order,
  defaultOrder,
  commentsOpen,
  timeZone,
  maxDepth,
  offerReplyEmails = true,
}: {
  postId: number;
  slug: string;
  threads: ShownThreadsPage;
  order: CommentOrder;
  defaultOrder: CommentOrder;
  commentsOpen: boolean;
  timeZone: string;
  maxDepth: number;
  offerReplyEmails?: boolean;
}) {
  const where = { slug, order, defaultOrder };
  const { total, page, pageCount } = threads;
  return (
    <ViewerCommentsProvider postId={postId}>
      <section id="comments" aria-labelledby="comments-heading" className="border-t-2 border-stone-900 pt-4 dark:border-stone-300">
        <h2 id="comments-heading" className="font-serif text-2xl font-bold">
          {total === 0 ? "Comments" : pluralize(total, "comment", "comments")}
          {pageCount > 1 && " "}
          {pageCount > 1 && (
            <span className="ml-2 font-sans text-sm font-normal text-stone-600 dark:text-stone-400">
              (page {page} of {pageCount})
            </span>
          )}
        </h2>
        {total > 1 && <CommentOrderSwitch {...where} />}
        <ViewerNotice />
        {threads.comments.length === 0 ? (
          <p className="mt-3 text-stone-600 dark:text-stone-400">No comments yet.</p>
        ) : (
          <CommentThread comments={threads.comments} slug={slug} timeZone={timeZone} maxDepth={maxDepth} canReply={commentsOpen} />
        )}
        <CommentPagination {...where} page={page} pageCount={pageCount} />
        <HeldComments />
        <PermalinkFinder order={order} />
        {commentsOpen ? (
          <CommentForm postId={postId} offerReplyEmails={offerReplyEmails} />
        ) : (
          <p className="mt-4 rounded bg-stone-200 px-4 py-3 text-sm dark:bg-stone-800">Comments are closed on this article.</p>
        )}
      </section>
    </ViewerCommentsProvider>
  );
}
