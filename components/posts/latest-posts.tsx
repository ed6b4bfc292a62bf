import Link from "next/link";
import type { PostHeadline } from "@/db/queries/posts/published";
import { formatDate } from "@/lib/format";

export function LatestPosts({ posts, timeZone }: { posts: PostHeadline[]; timeZone: string }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="latest-posts-heading">
      <h2
        id="latest-posts-heading"
        className="border-b-2 border-stone-900 pb-1 font-sans text-sm font-bold tracking-widest uppercase dark:border-stone-300"
      >
        Latest posts
      </h2>
      <ol className="divide-y divide-stone-300 dark:divide-stone-700">
        {posts.map((post) => (
          <li key={post.slug} className="py-3">
            {post.kicker && <p className="kicker">{post.kicker}</p>}
            <Link
              href={`/posts/${post.slug}`}
              className="font-serif text-lg leading-snug font-bold hover:text-accent dark:hover:text-accent-dark"
            >
              {post.headline}
            </Link>
            <p className="text-xs text-stone-600 dark:text-stone-400">
              <time dateTime={post.publishedAt}>{formatDate(post.publishedAt, timeZone)}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
