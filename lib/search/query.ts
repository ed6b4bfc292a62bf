// Site search input and output, pure: what a typed query becomes, page cursors
// for both orders, and the matched passage as safe HTML.
import { escapeHtml } from "@/lib/notifications/templates";
import type { SearchCursor } from "@/db/queries/search";

export const MAX_QUERY = 200;

/** Any input to a search string: control characters out, spaces collapsed, at most 200 characters. */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return raw.slice(0, 2_000).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY);
}

export function encodeSearchCursor(cursor: SearchCursor): string {
  return cursor.order === "newest" ? `n${cursor.at.getTime()}-${cursor.id}` : `r${cursor.rank}-${cursor.id}`;
}

export function decodeSearchCursor(value: unknown, order: "newest" | "relevance"): SearchCursor | null {
  if (typeof value !== "string" || value.length > 60) return null;
  const newest = /^n(\d{1,15})-(\d{1,10})$/.exec(value);
  if (newest && order === "newest") {
    const at = new Date(Number(newest[1]));
    const id = Number(newest[2]);
    return Number.isNaN(at.getTime()) || id > 2_147_483_647 ? null : { order, at, id };
  }
  const relevance = /^r(\d{1,3}(?:\.\d{1,12})?(?:e-\d{1,3})?)-(\d{1,10})$/.exec(value);
  if (relevance && order === "relevance") {
    const rank = Number(relevance[1]);
    const id = Number(relevance[2]);
    return Number.isFinite(rank) && id <= 2_147_483_647 ? { order, rank, id } : null;
  }
  return null;
}

/** The passage PostgreSQL marked (\u0001 … \u0002 around matches) as HTML: Markdown signs dropped, everything escaped, matches in <mark>. */
export function snippetHtml(snippet: string): string {
  /* eslint-disable no-control-regex -- the markers PostgreSQL put in are control characters */
  const plain = snippet
    .replace(/!?\[([^\]\u0001\u0002]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_`|~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return escapeHtml(plain).replace(/\u0001/g, "<mark>").replace(/\u0002/g, "</mark>");
  /* eslint-enable no-control-regex */
}
