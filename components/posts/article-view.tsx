import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import type { CommentOrder } from "@/db/queries/comments/threads";
import type { Article } from "@/db/queries/posts/published";
import { getCommentThreads, getDiscussionSettings, getLatestHeadlines, getSiteTimeZone } from "@/lib/content";
import { isAutoClosed } from "@/lib/comments/rules";
import { ArticleContent } from "./article-content";
import { LatestPosts } from "./latest-posts";

/**
 * The article with one page of its comment threads. Page 1 in the default order
 * lives at the article's own address; other pages and orders have their own.
 */
export async function ArticleView({ article, order, page }: { article: Article; order?: CommentOrder; page: number }) {
  const discussion = await getDiscussionSettings();
  const commentOrder = order ?? discussion.commentOrder;
  const timeZone = await getSiteTimeZone();
  const [threads, latest] = await Promise.all([
    getCommentThreads(article.id, { perPage: discussion.commentsPerPage, page, order: commentOrder }),
    getLatestHeadlines(article.id, 5),
  ]);
  if (!threads) notFound();
  // The rules refuse comments on auto-closed articles; the page says so up front.
  const commentsOpen = article.commentsOpen && !isAutoClosed(discussion, new Date(article.publishedAt), new Date());

  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <ArticleContent article={article} timeZone={timeZone} />
        <div className="mx-auto mt-12 max-w-3xl">
          <CommentsSection
            postId={article.id}
            slug={article.slug}
            threads={threads}
            order={commentOrder}
            defaultOrder={discussion.commentOrder}
            commentsOpen={commentsOpen}
            timeZone={timeZone}
            maxDepth={discussion.threadDepth}
            offerReplyEmails={discussion.notifyReplies}
          />
        </div>
      </div>
      <aside className="lg:border-l lg:border-stone-300 lg:pl-8 dark:lg:border-stone-700">
        <LatestPosts posts={latest} timeZone={timeZone} />
      </aside>
    </div>
  );
}
