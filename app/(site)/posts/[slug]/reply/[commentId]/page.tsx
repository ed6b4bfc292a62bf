import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentActionsProvider } from "@/components/comments/comment-actions";
import { ViewerCommentsProvider } from "@/components/comments/viewer-comments";
import { commentActions } from "../../comment-actions";
import { loadArticle } from "../../../_article/article-page";
import { commentPermalink } from "@/lib/comments/urls";
import { getDiscussionSettings, getPublicComment, getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import { isAutoClosed } from "@/lib/comments/rules";

// Where a Reply link leads without JavaScript: the comment being answered and the
// form, set up as a reply, posting as a plain form. With JavaScript the link is
// handled on the article itself.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; commentId: string }> };

async function load(params: Props["params"]) {
  const { slug, commentId } = await params;
  if (!/^[1-9]\d{0,9}$/.test(commentId)) return null;
  const article = await loadArticle(slug);
  if (!article) return null;
  const [comment, discussion] = await Promise.all([getPublicComment(article.id, Number(commentId)), getDiscussionSettings()]);
  if (!comment) return null;
  return { article, comment, discussion };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return { title: "Page not found" };
  return { title: `Reply to ${found.comment.authorName} – ${found.article.headline}`, robots: { index: false } };
}

export default async function ReplyPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { article, comment, discussion } = found;
  const open =
    article.commentsOpen &&
    !isAutoClosed(discussion, new Date(article.publishedAt), new Date()) &&
    comment.depth + 1 < discussion.threadDepth;
  const timeZone = await getSiteTimeZone();

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/posts/${article.slug}#comments`} className="underline">
          ← Back to “{article.headline}”
        </Link>
      </p>
      <h1 className="mt-4 font-serif text-3xl font-bold">Reply to {comment.authorName}</h1>
      <blockquote className="mt-4 border-l-4 border-stone-400 pl-4 dark:border-stone-600">
        <p className="text-sm">
          <span className="font-semibold">{comment.authorName}</span>{" "}
          <a href={commentPermalink(comment.id)} className="text-stone-600 hover:underline dark:text-stone-400">
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, timeZone)}</time>
          </a>
        </p>
        <div
          className="prose prose-stone mt-1 max-w-none dark:prose-invert"
          dangerouslySetInnerHTML={{ __html: comment.html }}
        />
      </blockquote>
      {open ? (
        <CommentActionsProvider actions={commentActions}>
          <ViewerCommentsProvider postId={article.id}>
            <CommentForm postId={article.id} initialReplyTo={{ id: comment.id, name: comment.authorName }} />
          </ViewerCommentsProvider>
        </CommentActionsProvider>
      ) : (
        <p className="mt-6 rounded bg-stone-200 px-4 py-3 text-sm dark:bg-stone-800">This comment can’t be answered any more.</p>
      )}
    </div>
  );
}
