import "server-only";
import { sql } from "drizzle-orm";
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


/**
 * Published posts matching a web-search style query ("quoted phrase", -word, or),
 * newest first or best match first, a page at a time on keysets. Drafts,
 * scheduled, unpublished and trashed posts never match (the partial index only
 * holds published ones). The snippet is made for the page's rows alone.
 */
export async function searchPublishedPosts(db: Database, input: { query: string; order: "newest" | "relevance"; after: SearchCursor | null; limit: number; now: Date }): Promise<SearchHit[]> {
  const { after } = input;
  const keyset =
    after === null
      ? sql``
      : after.order === "newest"
        ? sql`and (p.published_at, p.id) < (${after.at.toISOString()}::timestamptz, ${after.id})`
        : sql`and (ts_rank_cd(p.search, q.query)::float4, p.id) < (${after.rank}::float4, ${after.id})`;
  const order = input.order === "newest" ? sql`p.published_at desc, p.id desc` : sql`rank desc, p.id desc`;
  // Best match ranks the newest RELEVANCE_WINDOW matches (found by walking the
  // published-date index), not every match: ranking 100,000 posts that all hold a
  // common word took 225 ms, a phrase 453 ms. Newest first needs no window.
  const candidates =
    input.order === "newest"
      ? sql`select p.* from posts p, q where numnode(q.query) > 0 and p.status = 'published' and p.search @@ q.query
              and p.published_at <= ${input.now.toISOString()}::timestamptz`
      : sql`select p.* from posts p, q where numnode(q.query) > 0 and p.status = 'published' and p.search @@ q.query
              and p.published_at <= ${input.now.toISOString()}::timestamptz
            order by p.published_at desc, p.id desc limit ${RELEVANCE_WINDOW}`;
  const result = await db.execute(sql`
    with q as (select websearch_to_tsquery(broadsheet_search_config(), ${input.query}) as query),
    page as (
      select p.id, p.slug, p.kicker, p.headline, p.published_at, p.lead, p.body,
             ts_rank_cd(p.search, q.query)::float4 as rank
      from (${candidates}) p, q
      where true ${keyset}
      order by ${order}
      limit ${input.limit}
    )
    select page.id, page.slug, page.kicker, page.headline, page.published_at as "publishedAt", page.rank,
           ts_headline(broadsheet_search_config(), page.lead || ' … ' || left(page.body, 20000), q.query,
             'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet
    from page, q
    order by ${input.order === "newest" ? sql`page.published_at desc, page.id desc` : sql`page.rank desc, page.id desc`}`);
  return rowsOf<SearchHit & { publishedAt: Date | string }>(result).map((row) => ({ ...row, publishedAt: new Date(row.publishedAt), rank: Number(row.rank) }));
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
