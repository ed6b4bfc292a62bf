import Link from "next/link";
import type { CommentOrder } from "@/db/queries/comments/threads";
import { commentPagePath } from "@/lib/comments/urls";

type Where = { slug: string; order: CommentOrder; defaultOrder: CommentOrder };

const href = (where: Where, order: CommentOrder, page: number) =>
  `${commentPagePath(where.slug, order, page, where.defaultOrder)}#comments`;

/** Oldest or newest first. Each order is its own cached page, so this is a pair of links. */
export function CommentOrderSwitch(where: Where) {
  const options: [CommentOrder, string][] = [
    ["oldest", "Oldest first"],
    ["newest", "Newest first"],
  ];
  return (
    <nav aria-label="Comment order" className="mt-2 flex gap-3 text-sm">
      {options.map(([order, label]) =>
        order === where.order ? (
          <span key={order} aria-current="true" className="font-semibold">
            {label}
          </span>
        ) : (
          <Link key={order} href={href(where, order, 1)} className="underline">
            {label}
          </Link>
        ),
      )}
    </nav>
  );
}

/** Pages of a long thread: previous, numbered, next. */
export function CommentPagination({ page, pageCount, ...where }: Where & { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1).filter(
    (n) => n === 1 || n === pageCount || Math.abs(n - page) <= 2,
  );
  return (
    <nav aria-label="Comment pages" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 && (
        <Link href={href(where, where.order, page - 1)} className="underline" rel="prev">
          Previous comments
        </Link>
      )}
      {pages.map((n, index) => (
        <span key={n} className="flex items-center gap-2">
          {index > 0 && pages[index - 1] !== n - 1 && <span aria-hidden="true">…</span>}
          {n === page ? (
            <span aria-current="page" className="rounded bg-stone-900 px-2 py-0.5 font-semibold text-white dark:bg-stone-100 dark:text-stone-900">
              {n}
            </span>
          ) : (
            <Link href={href(where, where.order, n)} className="underline" aria-label={`Comments page ${n}`}>
              {n}
            </Link>
          )}
        </span>
      ))}
      {page < pageCount && (
        <Link href={href(where, where.order, page + 1)} className="underline" rel="next">
          More comments
        </Link>
      )}
    </nav>
  );
}
