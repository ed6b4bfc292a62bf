import Link from "next/link";
import type { Term } from "@/db/queries/taxonomy/terms";
import { AccountMenu } from "./account-menu";

export function SiteHeader({
  title,
  tagline,
  categories,
  signOut,
}: {
  title: string;
  tagline: string;
  categories: Term[];
  signOut: () => Promise<void>;
}) {
  return (
    <header className="border-b-4 border-double border-stone-900 bg-stone-50 dark:border-stone-300 dark:bg-stone-950">
      <div className="mx-auto flex max-w-6xl justify-end px-4 pt-2">
        <AccountMenu signOut={signOut} />
      </div>
      <div className="mx-auto max-w-6xl px-4 pt-2 pb-3 text-center sm:pt-4">
        <Link
          href="/"
          className="font-serif text-4xl font-bold tracking-tight text-stone-950 hover:no-underline sm:text-6xl dark:text-stone-50"
        >
          {title}
        </Link>
        <p className="mt-2 font-serif text-sm text-stone-600 italic sm:text-base dark:text-stone-400">
          {tagline}
        </p>
      </div>
      {categories.length > 0 && (
        <nav aria-label="Sections" className="border-t border-stone-300 dark:border-stone-700">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold sm:justify-center">
            <li>
              <Link href="/" className="block px-3 py-2 whitespace-nowrap hover:text-accent dark:hover:text-accent-dark">
                Latest
              </Link>
            </li>
            {categories.map((category) => (
              <li key={category.slug}>
                <Link
                  href={`/category/${category.slug}`}
                  className="block px-3 py-2 whitespace-nowrap hover:text-accent dark:hover:text-accent-dark"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
