import type { Article } from "@/db/queries/posts/published";
import { formatDate } from "@/lib/format";
import { wasUpdated } from "@/lib/posts/updated";
import { ArticleBody } from "./article-body";
import { Byline } from "./byline";
import { SourceLine } from "./source-line";
import { TermLinks } from "./term-links";

/** The article itself (no comments, no sidebar): what readers and previews both see. */
export function ArticleContent({ article, timeZone }: { article: Article; timeZone: string }) {
  const updated = wasUpdated(article.publishedAt, article.updatedAt);
  return (
    <article aria-labelledby="article-headline" className="mx-auto max-w-3xl">
      <header className="border-b border-stone-300 pb-6 dark:border-stone-700">
        {article.kicker && <p className="kicker">{article.kicker}</p>}
        <h1 id="article-headline" className="mt-2 font-serif text-4xl leading-tight font-bold text-balance sm:text-5xl">
          {article.headline}
        </h1>
        {article.lead && (
          <p className="mt-4 font-serif text-xl leading-relaxed text-stone-700 sm:text-2xl dark:text-stone-300">{article.lead}</p>
        )}
        <div className="mt-4">
          <Byline authorName={article.authorName} authorSlug={article.authorSlug} publishedAt={article.publishedAt} timeZone={timeZone} />
          {updated && (
            <p className="text-xs text-stone-600 dark:text-stone-400">
              Updated <time dateTime={article.updatedAt}>{formatDate(article.updatedAt, timeZone)}</time>
            </p>
          )}
        </div>
      </header>
      {article.coverImage && (
        <figure className="mt-6">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own uploads, already sized and cached for good */}
          <img src={`/uploads/${article.coverImage}`} alt={article.coverAlt} className="w-full rounded" />
        </figure>
      )}
      <div className="mt-8">
        <ArticleBody markdown={article.body} />
      </div>
      <SourceLine name={article.sourceName} url={article.sourceUrl} />
      <TermLinks category={article.category} tags={article.tags} />
    </article>
  );
}
