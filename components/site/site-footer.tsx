import Link from "next/link";

export function SiteFooter({ title, tagline }: { title: string; tagline: string }) {
  return (
    <footer className="mt-16 border-t border-stone-300 py-8 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 sm:flex-row sm:justify-between">
        <p>
          <Link href="/" className="font-serif font-bold text-stone-900 dark:text-stone-100">
            {title}
          </Link>
          {tagline && ` · ${tagline}`}
        </p>
        <p>
          Comments are moderated. Email addresses are never published.{" "}
          <Link href="/privacy" className="underline">
            Privacy
          </Link>
        </p>
      </div>
    </footer>
  );
}
