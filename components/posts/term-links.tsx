import Link from "next/link";

export function TermLinks({
  category,
  tags,
}: {
  category: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
}) {
  if (!category && tags.length === 0) return null;
  return (
    <div className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      {category && (
        <p>
          <span className="text-stone-600 dark:text-stone-400">Filed under </span>
          <Link href={`/category/${category.slug}`} className="font-semibold underline hover:text-accent">
            {category.name}
          </Link>
        </p>
      )}
      {tags.length > 0 && (
        <ul aria-label="Tags" className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link
                href={`/tag/${tag.slug}`}
                className="rounded-full border border-stone-400 px-3 py-0.5 hover:border-accent hover:text-accent dark:border-stone-600"
              >
                #{tag.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
