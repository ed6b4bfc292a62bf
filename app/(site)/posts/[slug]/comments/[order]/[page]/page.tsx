import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentActionsProvider } from "@/components/comments/comment-actions";
import { ArticleView } from "@/components/posts/article-view";
import { commentActions } from "../../../comment-actions";
import { articleMetadata, loadArticle } from "../../../../_article/article-page";
import { isCommentOrder, parseCommentPage } from "@/lib/comments/urls";

// Later pages of a thread, and the thread in the other order. Cached like the
// article and cleared by the same tags.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; order: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, order, page } = await params;
  const article = await loadArticle(slug);
  const metadata = await articleMetadata(article, `/posts/${slug}/comments/${order}/${page}`);
  return article ? { ...metadata, title: `${article.headline} – comments, page ${page}` } : metadata;
}

export default async function ArticleCommentsPage({ params }: Props) {
  const { slug, order, page } = await params;
  const pageNumber = parseCommentPage(page);
  if (!isCommentOrder(order) || pageNumber === null) notFound();
  const article = await loadArticle(slug);
  if (!article) notFound();
  return (
    <CommentActionsProvider actions={commentActions}>
      <ArticleView article={article} order={order} page={pageNumber} />
    </CommentActionsProvider>
  );
}
