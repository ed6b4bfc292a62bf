import Link from "next/link";
import type { ReactNode } from "react";

export function NotFoundMessage({ children }: { children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <p className="kicker">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We couldn’t find that page</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
        The story may have been moved, unpublished or never existed, or the address may have a typo in it.
      </p>
      <ul className="mt-6 list-disc space-y-1 pl-6">
        <li>
          <Link href="/" className="font-semibold underline hover:text-accent">
            Go to the front page
          </Link>{" "}
          for today’s news
        </li>
        <li>Check the address for a typo, or use the sections at the top of the page</li>
      </ul>
      {children}
    </div>
  );
}
