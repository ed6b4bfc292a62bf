import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import type { CommentOrder } from "@/db/queries/comments";
import type { Article } from "@/db/queries/posts";
import { getCommentThreads, getDiscussionSettings, getLatestHeadlines } from "@/lib/content";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { isAutoClosed } from "@/lib/moderation/rules";
import { ArticleBody } from "./article-body";
import { Byline } from "./byline";
import { LatestPosts } from "./latest-posts";
import { SourceLine } from "./source-line";
import { TermLinks } from "./term-links";

/**
 * The article with one page of its comment threads. Page 1 in the default order
 * lives at the article's own address; other pages and orders have their own.
 */
export async function ArticleView({ article, order, page }: { article: Article; order?: CommentOrder; page: number }) {
  const discussion = await getDiscussionSettings();
  const commentOrder = order ?? discussion.commentOrder;
  const timeZone = getEnv().SITE_TIME_ZONE;
  const [threads, latest] = await Promise.all([
    getCommentThreads(article.id, { perPage: discussion.commentsPerPage, page, order: commentOrder }),
    getLatestHeadlines(article.id, 5),
  ]);
  if (page > threads.pageCount) notFound();
  const updated = new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 60_000;
  // The rules refuse comments on auto-closed articles; the page says so up front.
  const commentsOpen = article.commentsOpen && !isAutoClosed(discussion, new Date(article.publishedAt), new Date());

  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <article aria-labelledby="article-headline" className="mx-auto max-w-3xl">
          <header className="border-b border-stone-300 pb-6 dark:border-stone-700">
            {article.kicker && <p className="kicker">{article.kicker}</p>}
            <h1 id="article-headline" className="mt-2 font-serif text-4xl leading-tight font-bold text-balance sm:text-5xl">
              {article.headline}
            </h1>
            {article.lead && (
              <p className="mt-4 font-serif text-xl leading-relaxed text-stone-700 sm:text-2xl dark:text-stone-300">
                {article.lead}
              </p>
            )}
            <div className="mt-4">
              <Byline authorName={article.authorName} publishedAt={article.publishedAt} timeZone={timeZone} />
              {updated && (
                <p className="text-xs text-stone-600 dark:text-stone-400">
                  Updated <time dateTime={article.updatedAt}>{formatDate(article.updatedAt, timeZone)}</time>
                </p>
              )}
            </div>
          </header>
          <div className="mt-8">
            <ArticleBody markdown={article.body} />
          </div>
          <SourceLine name={article.sourceName} url={article.sourceUrl} />
          <TermLinks category={article.category} tags={article.tags} />
        </article>
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
          />
        </div>
      </div>
      <aside className="lg:border-l lg:border-stone-300 lg:pl-8 dark:lg:border-stone-700">
        <LatestPosts posts={latest} timeZone={timeZone} />
      </aside>
    </div>
  );
}
