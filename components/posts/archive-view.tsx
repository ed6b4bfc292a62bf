import type { PostSummary } from "@/db/queries/posts/published";
import { PostList } from "./post-list";

export function ArchiveView({
  label,
  name,
  description,
  basePath,
  posts,
  nextCursor,
  isFirstPage,
  timeZone,
}: {
  label: string;
  name: string;
  description?: string;
  basePath: string;
  posts: PostSummary[];
  nextCursor: string | null;
  isFirstPage: boolean;
  timeZone: string;
}) {
  return (
    <>
      <header className="mb-6 border-b-2 border-stone-900 pb-4 dark:border-stone-300">
        <p className="kicker">{label}</p>
        <h1 className="font-serif text-4xl font-bold">{name}</h1>
        {/* Plain text: a blank line starts a new paragraph (an author's bio may have several). */}
        {description
          ?.split(/\n\s*\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean)
          .map((paragraph, index) => (
            <p key={index} className="mt-2 text-stone-700 dark:text-stone-300">
              {paragraph}
            </p>
          ))}
      </header>
      <PostList
        posts={posts}
        timeZone={timeZone}
        olderHref={nextCursor ? `${basePath}/page/${nextCursor}` : null}
        latestHref={isFirstPage ? null : basePath}
      />
    </>
  );
}
