import type { CommentStatus, PostStatus } from "@/db/schema";
import { LEGACY_QUERY_KEYS, LEGACY_QUERY_PREFIX } from "@/lib/routes/rewrites.js";
import { isWebAddress } from "@/lib/comments/rules";
import { isValidSlug, slugify } from "@/lib/slug";
import { COMMENT_LIMITS } from "@/lib/validation/comment";
import type { WxrItem } from "./wxr-reader";

// How WordPress's words map onto Broadsheet's: statuses, dates, slugs and the old
// addresses that must keep working. Pure, so each rule is tested on its own.

/** The nearest Broadsheet status; null for what is not a post of its own (revisions, auto-drafts). */
export function postStatusFrom(status: string): PostStatus | null {
  switch (status) {
    case "publish":
      return "published";
    case "future":
      return "scheduled";
    case "draft":
      return "draft";
    case "pending":
      return "pending";
    // Readable only by signed-in staff in WordPress: here it is taken off the site.
    case "private":
      return "unpublished";
    case "trash":
      return "trash";
    default:
      return null;
  }
}

/** WordPress's comment_approved: 1, 0, spam, trash, post-trashed (also approve/hold from the API). */
export function commentStatusFrom(approved: string): CommentStatus | null {
  switch (approved.trim().toLowerCase()) {
    case "1":
    case "approve":
    case "approved":
      return "approved";
    case "0":
    case "hold":
      return "pending";
    case "spam":
      return "spam";
    case "trash":
    case "post-trashed":
      return "trash";
    default:
      return null;
  }
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * A WordPress date: the _gmt column when it holds one (drafts carry
 * 0000-00-00 00:00:00 there), else the site-local column read as UTC, the only
 * reading an export allows since it doesn't name the site's time zone.
 */
export function wordpressDate(gmt: string, local: string): Date | null {
  for (const value of [gmt, local]) {
    const match = WP_DATE.exec(value.trim());
    if (!match || match[1] === "0000") continue;
    const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    if (!Number.isNaN(date.getTime()) && date.getUTCFullYear() === y) return date;
  }
  return null;
}

/** Percent-decoded text (WordPress keeps non-ASCII slugs encoded), or the text as it came when it isn't valid encoding. */
export function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A Broadsheet slug for a WordPress post_name (or, without one, its title). */
export function postSlugFrom(item: Pick<WxrItem, "postName" | "title" | "postId">): string {
  const decoded = decodePercent(item.postName).toLowerCase();
  if (isValidSlug(decoded)) return decoded;
  return slugify(decoded) || slugify(item.title) || (item.postId ? `post-${item.postId}` : "post");
}

/** A term slug (category or tag), from its nicename or its name. */
export function termSlugFrom(slug: string, name: string): string {
  const decoded = decodePercent(slug).toLowerCase();
  if (isValidSlug(decoded)) return decoded;
  return slugify(decoded) || slugify(name) || "untitled";
}

/** The WordPress post ID: wp:post_id, else the ?p= of its link or guid (older exports). */
export function wordpressPostId(item: Pick<WxrItem, "postId" | "link" | "guid">): string {
  if (/^\d+$/.test(item.postId)) return item.postId;
  for (const address of [item.link, item.guid]) {
    const match = /[?&](?:p|page_id)=(\d+)/.exec(address);
    if (match) return match[1]!;
  }
  return "";
}

/** A path as old links may ask for it: no trailing slash, lower case (WordPress slugs are), no query. */
export function normalizeLegacyPath(path: string): string {
  let out = path.split("#", 1)[0]!.split("?", 1)[0]!;
  out = out.replace(/\/{2,}/g, "/").replace(/\/+$/, "");
  return (out || "/").toLowerCase().slice(0, 500);
}

const reencode = (segment: string) => encodeURIComponent(decodePercent(segment));

/** The stored key for an address the site has no page for, from its path segments (either encoding). */
export function legacyLookupPath(segments: string[]): string | null {
  if (segments.length === 0 || segments.length > 12) return null;
  if (segments[0] === LEGACY_QUERY_PREFIX) {
    const [, key, value] = segments;
    if (segments.length !== 3 || !(LEGACY_QUERY_KEYS as readonly string[]).includes(key!) || !value) return null;
    return `/?${key}=${reencode(value).toLowerCase()}`.slice(0, 500);
  }
  return normalizeLegacyPath(`/${segments.map(reencode).join("/")}`);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Every address WordPress answered for a post, for permanent redirects: its
 * permalink as exported, and the common permalink structures (?p=ID, date and
 * name, month and name, name alone). Query forms are kept as "/?p=ID".
 */
export function legacyPostPaths(item: Pick<WxrItem, "link" | "postName">, wpId: string, date: Date | null, siteUrl: string): string[] {
  const paths = new Set<string>();
  if (wpId) paths.add(`/?p=${wpId}`);
  const rawName = item.postName.trim();
  const name = rawName ? legacyLookupPath([rawName])!.slice(1) : "";
  if (name) {
    paths.add(`/${name}`);
    if (date) {
      const [y, m, d] = [date.getUTCFullYear(), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
      paths.add(`/${y}/${m}/${d}/${name}`);
      paths.add(`/${y}/${m}/${name}`);
    }
  }
  const linked = pathOnSite(item.link, siteUrl);
  if (linked) paths.add(linked);
  return [...paths].filter((path) => path !== "/");
}

/** The path of an address on the old site (under its base URL), or null for another site. */
export function pathOnSite(address: string, siteUrl: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  const base = URL.canParse(siteUrl) ? new URL(siteUrl) : null;
  if (base && url.hostname.replace(/^www\./, "") !== base.hostname.replace(/^www\./, "")) return null;
  const basePath = base ? base.pathname.replace(/\/+$/, "") : "";
  let path = url.pathname;
  if (basePath && path.startsWith(`${basePath}/`)) path = path.slice(basePath.length);
  const query = url.searchParams;
  for (const key of LEGACY_QUERY_KEYS) {
    const value = query.get(key);
    if (value && (path === "/" || path === "")) return `/?${key}=${encodeURIComponent(value).toLowerCase()}`;
  }
  return normalizeLegacyPath(path);
}

/** Text cut to a column's length, on a character boundary. */
export function fit(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

/** A comment author's web address when the comment form would take it (a web address that fits the column), else null. */
export function commenterUrl(url: string): string | null {
  const trimmed = url.trim();
  return trimmed.length <= COMMENT_LIMITS.url && isWebAddress(trimmed) ? trimmed : null;
}

/** An IP address as stored (WordPress sometimes keeps "" or junk). */
export function commenterIp(ip: string): string | null {
  const trimmed = ip.trim();
  return /^[0-9a-f:.]{2,45}$/i.test(trimmed) ? trimmed : null;
}

