import Link from "next/link";
import { formatDate, pluralize } from "@/lib/format";

export function Byline({
  authorName,
  authorSlug,
  publishedAt,
  timeZone,
  commentCount,
  commentsHref,
}: {
  authorName: string;
  authorSlug: string;
  publishedAt: string;
  timeZone: string;
  commentCount?: number;
  commentsHref?: string;
}) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-stone-600 dark:text-stone-400">
      <span>
        By{" "}
        <Link href={`/author/${authorSlug}`} rel="author" className="font-semibold text-stone-800 hover:underline dark:text-stone-200">
          {authorName}
        </Link>
      </span>
      <span aria-hidden="true">·</span>
      <time dateTime={publishedAt}>{formatDate(publishedAt, timeZone)}</time>
      {commentCount !== undefined && (
        <>
          <span aria-hidden="true">·</span>
          {commentsHref ? (
            <a href={commentsHref} className="hover:underline">
              {pluralize(commentCount, "comment", "comments")}
            </a>
          ) : (
            <span>{pluralize(commentCount, "comment", "comments")}</span>
          )}
        </>
      )}
    </p>
  );
}
