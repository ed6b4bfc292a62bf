import Link from "next/link";
import type { Term } from "@/db/queries/taxonomy/terms";
import { AccountMenu } from "./account-menu";
import { SiteMasthead } from "./site-masthead";

export function SiteHeader({
  title,
  tagline,
  logo,
  categories,
  signOut,
}: {
  title: string;
  tagline: string;
  logo: string | null;
  categories: Term[];
  signOut: () => Promise<void>;
}) {
  return (
    <header className="border-b-4 border-double border-stone-900 bg-stone-50 dark:border-stone-300 dark:bg-stone-950">
      <div className="mx-auto flex max-w-6xl items-center justify-end gap-3 px-4 pt-2">
        {/* A plain GET form: works without JavaScript, same bytes for every reader. */}
        <form role="search" action="/search" className="flex">
          <label htmlFor="site-search" className="sr-only">
            Search stories
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            maxLength={200}
            placeholder="Search"
            className="w-28 rounded border border-stone-400 bg-white px-2 py-1 text-sm sm:w-44 dark:bg-stone-900"
          />
        </form>
        <AccountMenu signOut={signOut} />
      </div>
      <div className="mx-auto max-w-6xl px-4 pt-2 pb-3 text-center sm:pt-4">
        <SiteMasthead title={title} logo={logo} />
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
