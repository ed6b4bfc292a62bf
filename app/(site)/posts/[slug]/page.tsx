import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentActionsProvider } from "@/components/comments/comment-actions";
import { ArticleView } from "@/components/posts/article-view";
import { commentActions } from "./comment-actions";
import { articleFacts, articleMetadata, loadArticle, redirectFromEarlierSlug } from "../_article/article-page";
import { JsonLd } from "@/components/seo/json-ld";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/structured-data";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await loadArticle((await params).slug));
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (!article) {
    await redirectFromEarlierSlug(slug);
    notFound();
  }
  const facts = await articleFacts(article);
  return (
    <CommentActionsProvider actions={commentActions}>
      <JsonLd data={newsArticleJsonLd(facts.article, facts.publisher)} />
      <JsonLd data={breadcrumbJsonLd(facts.article, facts.publisher)} />
      <ArticleView article={article} page={1} />
    </CommentActionsProvider>
  );
}
