import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import { ArticleBody } from "@/components/posts/article-body";
import { Byline } from "@/components/posts/byline";
import { LatestPosts } from "@/components/posts/latest-posts";
import { SourceLine } from "@/components/posts/source-line";
import { TermLinks } from "@/components/posts/term-links";
import { getArticle, getCommentThreads, getLatestHeadlines, getSettings } from "@/lib/content";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { isValidSlug } from "@/lib/slug";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function loadArticle(slug: string) {
  return isValidSlug(slug) ? getArticle(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (!article) return { title: "Page not found" };
  return {
    title: article.headline,
    description: article.lead,
    alternates: { canonical: `/posts/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.headline,
      description: article.lead,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: [article.authorName],
      section: article.category?.name,
      tags: article.tags.map((tag) => tag.name),
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (!article) notFound();

  const settings = await getSettings();
  const timeZone = getEnv().SITE_TIME_ZONE;
  const [threads, latest] = await Promise.all([
    getCommentThreads(article.id, settings.commentsPerPage),
    getLatestHeadlines(article.id, 5),
  ]);
  const updated = new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 60_000;

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
            comments={threads.comments}
            total={threads.total}
            hasMore={threads.hasMore}
            commentsOpen={article.commentsOpen}
            timeZone={timeZone}
            maxDepth={settings.threadDepth}
          />
        </div>
      </div>
      <aside className="lg:border-l lg:border-stone-300 lg:pl-8 dark:lg:border-stone-700">
        <LatestPosts posts={latest} timeZone={timeZone} />
      </aside>
    </div>
  );
}
