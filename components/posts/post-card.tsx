import Link from "next/link";
import type { PostSummary } from "@/db/queries/posts/published";
import { Byline } from "./byline";

export function PostCard({
  post,
  timeZone,
  featured = false,
}: {
  post: PostSummary;
  timeZone: string;
  featured?: boolean;
}) {
  const href = `/posts/${post.slug}`;
  return (
    <article className="flex flex-col gap-2">
      {post.kicker && <p className="kicker">{post.kicker}</p>}
      <h2
        className={
          featured
            ? "font-serif text-3xl leading-tight font-bold sm:text-5xl"
            : "font-serif text-xl leading-snug font-bold sm:text-2xl"
        }
      >
        <Link href={href} className="hover:text-accent dark:hover:text-accent-dark">
          {post.headline}
        </Link>
      </h2>
      {post.lead && (
        <p
          className={
            featured
              ? "font-serif text-lg text-stone-700 sm:text-xl dark:text-stone-300"
              : "text-stone-700 dark:text-stone-300"
          }
        >
          {post.lead}
        </p>
      )}
      <Byline
        authorName={post.authorName}
        authorSlug={post.authorSlug}
        publishedAt={post.publishedAt}
        timeZone={timeZone}
        commentCount={post.approvedCommentCount}
        commentsHref={`${href}#comments`}
      />
    </article>
  );
}
