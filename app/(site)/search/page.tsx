import type { Metadata } from "next";
import Link from "next/link";
import { getSiteTimeZone } from "@/lib/content";
import { pageAlternates } from "@/lib/seo/page-metadata";
import { formatDate } from "@/lib/format";
import { searchSite } from "@/lib/search/search";

// Per query: never prerendered, never cached (any text would be a new cache entry).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q;
  const title = typeof q === "string" && q.trim() ? `Search: ${q.trim().slice(0, 60)}` : "Search";
  return { title, robots: { index: false, follow: true }, alternates: await pageAlternates("/search") };
}

/** Site search: published stories matching the words, best match or newest first, ten at a time. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, order, hits, next } = await searchSite({ q: params.q, order: params.order, after: params.after });
  const timeZone = await getSiteTimeZone();
  const link = (extra: Record<string, string>) => `/search?${new URLSearchParams({ q: query, ...(order === "newest" ? { order } : {}), ...extra }).toString()}`;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <form role="search" action="/search" className="mt-4 flex flex-wrap gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search the site
        </label>
        <input id="search-page-q" type="search" name="q" defaultValue={query} maxLength={200} className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-2 dark:bg-stone-900" />
        <label htmlFor="search-page-order" className="sr-only">
          Order
        </label>
        <select id="search-page-order" name="order" defaultValue={order} className="rounded border border-stone-400 bg-white px-2 py-2 dark:bg-stone-900">
          <option value="relevance">Best match</option>
          <option value="newest">Newest first</option>
        </select>
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 font-semibold text-white dark:bg-stone-100 dark:text-stone-900">
          Search
        </button>
      </form>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Use “quotes” for a phrase, -word to leave a word out, or to accept either.</p>
      {!query ? (
        <p className="mt-8">Type what you are looking for.</p>
      ) : hits.length === 0 ? (
        <p className="mt-8" role="status">
          Nothing found for “{query}”{params.after ? " on this page" : ""}. Try fewer or other words.
        </p>
      ) : (
        <ol aria-label={`Results for ${query}`} className="mt-8 flex flex-col gap-6">
          {hits.map((hit) => (
            <li key={hit.id}>
              {hit.kicker && <p className="text-xs font-bold tracking-wide text-accent uppercase dark:text-accent-dark">{hit.kicker}</p>}
              <h2 className="font-serif text-xl font-bold">
                <Link href={`/posts/${hit.slug}`}>{hit.headline}</Link>
              </h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt.toISOString(), timeZone)}</time>
              </p>
              <p className="mt-1 [&_mark]:bg-amber-200 dark:[&_mark]:bg-amber-700" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
            </li>
          ))}
        </ol>
      )}
      {next && (
        <p className="mt-8 text-right">
          <Link href={link({ after: next })} className="font-semibold underline">
            More results →
          </Link>
        </p>
      )}
    </div>
  );
}
