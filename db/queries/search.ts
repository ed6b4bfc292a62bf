import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../rows";
import type { Database } from "../client";

export interface SearchHit {
  id: number;
  slug: string;
  kicker: string;
  headline: string;
  publishedAt: Date;
  rank: number;
  /** The matching passage, with \u0001 … \u0002 around each matched word (escaped and marked by the caller). */
  snippet: string;
}

export type SearchCursor = { order: "newest"; at: Date; id: number } | { order: "relevance"; rank: number; id: number };

/** Best match ranks this many of the newest matches. */
export const RELEVANCE_WINDOW = 1_000;

/** How many of the newest posts are read in date order before the search index is asked instead. */
export const SEARCH_WALK = 5_000;

export interface SearchInput {
  query: string;
  order: "newest" | "relevance";
  after: SearchCursor | null;
  limit: number;
  now: Date;
}

export interface ParsedSearch {
  /** The tsquery's text form. */
  query: string;
  /** The text search configuration it was parsed with. */
  config: string;
}

/**
 * Published posts matching a web-search style query ("quoted phrase", -word, or),
 * newest first or best match first, a page at a time on keysets. Drafts,
 * scheduled, unpublished and trashed posts never match (the partial index only
 * holds published ones). Best match ranks the newest RELEVANCE_WINDOW matches,
 * not every match (ranking 100,000 posts that all hold a common word took 225 ms).
 *
 * The newest matches are found one of two ways, because no single plan is quick
 * for both: a word in most posts is found by reading the newest posts in date
 * order (through the search index it meant reading 90,000 rows and sorting them:
 * 97 ms); a rare word, through the search index (in date order it meant reading
 * all 100,000 posts: 43 ms). The date walk is tried first and bounded at
 * SEARCH_WALK posts; if it finds too few, the words are rare enough for the index.
 */
export async function searchPublishedPosts(db: Database, input: SearchInput): Promise<SearchHit[]> {
  const parsed = await parseSearchQuery(db, input.query);
  if (!parsed) return [];
  const { after } = input;
  // The page's candidates: newest first they are the page itself (after the
  // cursor); best match, the window that is ranked.
  const newestFirst = input.order === "newest";
  const wanted = newestFirst ? input.limit : RELEVANCE_WINDOW;
  const before = newestFirst && after?.order === "newest" ? after : null;
  const ids = await newestMatches(db, parsed, { before, limit: wanted, now: input.now });
  if (ids.length === 0) return [];
  const result = await db.execute(searchPageSql(parsed, { ids, order: input.order, after, limit: input.limit }));
  return rowsOf<SearchHit & { publishedAt: Date | string }>(result).map((row) => ({ ...row, publishedAt: new Date(row.publishedAt), rank: Number(row.rank) }));
}

/** Words as a tsquery in the site's language, or null when nothing searchable is left (stop words, operators alone). */
export async function parseSearchQuery(db: Database, words: string): Promise<ParsedSearch | null> {
  const [parsed] = rowsOf<{ query: string; config: string; terms: number }>(
    await db.execute(sql`
      select q::text as query, broadsheet_search_config()::text as config, numnode(q) as terms
      from websearch_to_tsquery(broadsheet_search_config(), ${words}) q`),
  );
  return parsed && Number(parsed.terms) > 0 ? { query: parsed.query, config: parsed.config } : null;
}

// The tsquery goes in as a constant, so the planner sees the words themselves.
const tsquery = (parsed: ParsedSearch) => sql`${parsed.query}::tsquery`;

const visible = (now: Date) => sql`p.status = 'published' and p.published_at <= ${now.toISOString()}::timestamptz`;

const olderThan = (before: { at: Date; id: number } | null) =>
  before ? sql`and (p.published_at, p.id) < (${before.at.toISOString()}::timestamptz, ${before.id})` : sql``;

/** The first way: the newest SEARCH_WALK posts in date order (posts_published_idx), keeping those that match. */
export function walkNewestSql(parsed: ParsedSearch, input: { before: { at: Date; id: number } | null; limit: number; now: Date }): SQL {
  return sql`
    select recent.id from (
      select p.id, p.search, p.published_at from posts p
      where ${visible(input.now)} ${olderThan(input.before)}
      order by p.published_at desc, p.id desc limit ${SEARCH_WALK}
    ) recent
    where recent.search @@ ${tsquery(parsed)}
    order by recent.published_at desc, recent.id desc limit ${input.limit}`;
}

/** The second way: every match from the search index (posts_search_idx), then the newest of them. */
export function indexedNewestSql(parsed: ParsedSearch, input: { before: { at: Date; id: number } | null; limit: number; now: Date }): SQL {
  return sql`
    with matches as materialized (
      select p.id, p.published_at from posts p
      where p.search @@ ${tsquery(parsed)} and ${visible(input.now)} ${olderThan(input.before)}
    )
    select id from matches order by published_at desc, id desc limit ${input.limit}`;
}

async function newestMatches(db: Database, parsed: ParsedSearch, input: { before: { at: Date; id: number } | null; limit: number; now: Date }): Promise<number[]> {
  const walked = rowsOf<{ id: number }>(await db.execute(walkNewestSql(parsed, input))).map((row) => row.id);
  if (walked.length === input.limit) return walked;
  // Too few among the newest posts: the rest, if any, are older; the index finds them all.
  return rowsOf<{ id: number }>(await db.execute(indexedNewestSql(parsed, input))).map((row) => row.id);
}

/** The page of results from its candidates: ranked (best match) or as they are (newest first), with marked passages. */
export function searchPageSql(parsed: ParsedSearch, input: { ids: number[]; order: "newest" | "relevance"; after: SearchCursor | null; limit: number }): SQL {
  const query = tsquery(parsed);
  const { after } = input;
  const keyset = after?.order === "relevance" && input.order === "relevance" ? sql`and (ts_rank_cd(p.search, ${query})::float4, p.id) < (${after.rank}::float4, ${after.id})` : sql``;
  const order = input.order === "newest" ? sql`p.published_at desc, p.id desc` : sql`rank desc, p.id desc`;
  return sql`
    with page as (
      select p.id, p.slug, p.kicker, p.headline, p.published_at, p.lead, p.body,
             ts_rank_cd(p.search, ${query})::float4 as rank
      from posts p
      where p.id = any(${`{${input.ids.join(",")}}`}::int[]) ${keyset}
      order by ${order}
      limit ${input.limit}
    )
    select page.id, page.slug, page.kicker, page.headline, page.published_at as "publishedAt", page.rank,
           ts_headline(${parsed.config}::regconfig, page.lead || ' … ' || left(page.body, 20000), ${query},
             'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet
    from page
    order by ${input.order === "newest" ? sql`page.published_at desc, page.id desc` : sql`page.rank desc, page.id desc`}`;
}

/**
 * Indexes the next `batch` posts after `afterId` again (the trigger rebuilds a
 * post's search document whenever its "search" column is written), for a change
 * of the site's language. Returns the last id done, or null when none were left.
 */
export async function reindexPostsAfter(db: Database, { afterId, batch }: { afterId: number; batch: number }): Promise<number | null> {
  const result = await db.execute(sql`
    with done as (
      update posts set search = null
      where id in (select id from posts where id > ${afterId} order by id limit ${batch})
      returning id
    )
    select max(id)::int as last from done`);
  const [row] = rowsOf<{ last: number | null }>(result);
  return row?.last ?? null;
}
