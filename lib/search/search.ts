import "server-only";
import { searchPublishedPosts } from "@/db/queries/search";
import { getReadDb } from "@/lib/db";
import { cleanQuery, decodeSearchCursor, encodeSearchCursor, snippetHtml } from "./query";

export const SEARCH_PAGE_SIZE = 10;

export type SearchOrder = "newest" | "relevance";

/**
 * The search page's results: whatever was typed becomes a query (or nothing to
 * search for), one page of published posts, and the next page's cursor. Read
 * from a replica when one is configured: a moment old is fine here.
 */
export async function searchSite(input: { q: unknown; order: unknown; after: unknown }, now = new Date()) {
  const query = cleanQuery(input.q);
  const order: SearchOrder = input.order === "newest" ? "newest" : "relevance";
  if (!query) return { query, order, hits: [], next: null };
  const after = decodeSearchCursor(input.after, order);
  const rows = await searchPublishedPosts(getReadDb(), { query, order, after, limit: SEARCH_PAGE_SIZE + 1, now });
  const page = rows.slice(0, SEARCH_PAGE_SIZE);
  const last = page.at(-1);
  const next =
    rows.length > SEARCH_PAGE_SIZE && last
      ? encodeSearchCursor(order === "newest" ? { order, at: last.publishedAt, id: last.id } : { order, rank: last.rank, id: last.id })
      : null;
  return { query, order, hits: page.map((hit) => ({ ...hit, snippet: snippetHtml(hit.snippet) })), next };
}
