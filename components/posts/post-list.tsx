import Link from "next/link";
import type { PostSummary } from "@/db/queries/posts/published";
import { PostCard } from "./post-card";

export function PostList({
  posts,
  timeZone,
  featureFirst = false,
  olderHref,
  latestHref,
}: {
  posts: PostSummary[];
  timeZone: string;
  featureFirst?: boolean;
  olderHref: string | null;
  latestHref: string | null;
}) {
  if (posts.length === 0) {
    return <p className="py-12 text-center text-stone-600 dark:text-stone-400">No posts here yet.</p>;
  }
  const [first, ...rest] = posts;
  const listed = featureFirst ? rest : posts;
  return (
    <div>
      {featureFirst && first && (
        <div className="border-b border-stone-300 pb-8 dark:border-stone-700">
          <PostCard post={first} timeZone={timeZone} featured />
        </div>
      )}
      <ul className="grid gap-x-10 sm:grid-cols-2">
        {listed.map((post) => (
          <li key={post.id} className="border-b border-stone-300 py-6 dark:border-stone-700">
            <PostCard post={post} timeZone={timeZone} />
          </li>
        ))}
      </ul>
      {(olderHref || latestHref) && (
        <nav aria-label="Pagination" className="mt-8 flex justify-between text-sm font-semibold">
          {latestHref ? (
            <Link href={latestHref} className="hover:text-accent dark:hover:text-accent-dark">
              ← Latest posts
            </Link>
          ) : (
            <span />
          )}
          {olderHref && (
            <Link href={olderHref} rel="next" className="hover:text-accent dark:hover:text-accent-dark">
              Older posts →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
