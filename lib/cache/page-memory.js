// Hot public pages held whole in memory, as identity, gzip and brotli bytes, and
// served by server.mjs without entering Next or React. Only pages Next itself
// keeps in its cache (ISR pages, the same bytes for every reader) are held, with
// that entry's cache tags: when any of them expires, on this server or another
// (tag-broadcast.js), the page is dropped at once. Entries are bounded by bytes
// (least recently used first) and live a minute at most, so time-based
// revalidation still reaches readers.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { getEnv } from "../env.js";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * @typedef {{ etag: string, status: number, headers: Record<string, string>, identity: Buffer, gzip: Buffer, br: Buffer, sent: Record<"br" | "gzip" | "identity", string[]>, tags: string[], storedAt: number }} HotPage
 *   sent: each encoding's response headers as a flat [name, value, …] list, made once
 * @typedef {{ hits: number, misses: number, notModified: number, stored: number, dropped: number }} HotPageStats
 */

/** What shared caches may do with a public page: keep it a second, serve it stale while fetching a fresh one. */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=30";

/**
 * For nginx's micro-cache (which hides this header from readers): fresh until
 * the end of the current second. nginx counts freshness in whole seconds, so
 * "s-maxage=1" alone keeps a copy up to two seconds; this bounds a change's
 * wait at one second plus one render. Sent after Cache-Control, whose
 * stale-while-revalidate nginx still reads.
 * @param {number} [now]
 */
export function accelExpires(now = Date.now()) {
  return `@${Math.floor(now / 1000)}`;
}

const MAX_AGE_MS = 60_000;
// Request headers that make Next answer with something other than the page's HTML.
const NON_HTML_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
// Response headers never replayed: they describe one response, not the page.
const NOT_REPLAYED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "etag", "set-cookie", "x-request-id", "x-accel-expires", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"]);

const STORE = Symbol.for("broadsheet.hot-pages");

/** @returns {{ pages: LRUCache<string, HotPage>, stats: HotPageStats }} one per process, a quarter of BROADSHEET_CACHE_MB */
function memory() {
  const holder = /** @type {Record<symbol, { pages: LRUCache<string, HotPage>, stats: HotPageStats } | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STORE] ??= {
    pages: new LRUCache({
      maxSize: Math.max(1, Math.floor((getEnv().BROADSHEET_CACHE_MB * 1024 * 1024) / 4)),
      sizeCalculation: (page) => Math.max(1, page.identity.length + page.gzip.length + page.br.length),
      ttl: MAX_AGE_MS,
    }),
    stats: { hits: 0, misses: 0, notModified: 0, stored: 0, dropped: 0 },
  };
  return holder[STORE];
}

/**
 * The key a request's page is held under, or null when this request must go to
 * Next: anything but GET or HEAD, a query string, a client-side navigation or
 * prefetch (they ask for RSC data, not HTML), a server action, draft mode.
 * @param {import("node:http").IncomingMessage} req @returns {string | null}
 */
export function pageKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (!url.startsWith("/") || url.includes("?") || url.includes("#")) return null;
  for (const header of NON_HTML_HEADERS) if (req.headers[header] !== undefined) return null;
  const cookie = req.headers.cookie ?? "";
  if (cookie.includes("__prerender_bypass") || cookie.includes("__next_preview_data")) return null;
  return url;
}

/**
 * The best encoding the client accepts among those held: br, then gzip, else none.
 * @param {string | string[] | undefined} header @returns {"br" | "gzip" | null}
 */
export function chooseEncoding(header) {
  /** @type {Map<string, number>} */
  const accepted = new Map();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  /** @type {(name: string) => number} */
  const quality = (name) => /** @type {number} */ (accepted.get(name) ?? (accepted.has("*") ? accepted.get("*") : 0));
  if (quality("br") > 0) return "br";
  if (quality("gzip") > 0) return "gzip";
  return null;
}

/** @param {string | string[] | undefined} header @param {string} etag */
export function matchesEtag(header, etag) {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(",") : header;
  return value.trim() === "*" || value.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * Answers from memory when the page is held: 304 when the client has these bytes,
 * else the bytes in the best encoding it accepts. False when it isn't held.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {string} key
 * @param {string[]} [extra] more headers for this response, as a flat [name, value, …] list
 * @returns {boolean}
 */
export function serveFromMemory(req, res, key, extra = []) {
  const { pages, stats } = memory();
  const page = pages.get(key);
  if (!page) {
    stats.misses += 1;
    return false;
  }
  stats.hits += 1;
  if (matchesEtag(req.headers["if-none-match"], page.etag)) {
    stats.notModified += 1;
    res.writeHead(
      304,
      ["ETag", page.etag, "Cache-Control", page.headers["cache-control"] ?? PUBLIC_PAGE_CACHE_CONTROL, "X-Accel-Expires", accelExpires(), "Vary", page.headers.vary ?? "Accept-Encoding"].concat(extra),
    );
    res.end();
    return true;
  }
  const encoding = chooseEncoding(req.headers["accept-encoding"]) ?? "identity";
  // The headers were put together when the page was kept; only these two differ by response.
  res.writeHead(page.status, page.sent[encoding].concat("X-Accel-Expires", accelExpires(), extra));
  res.end(req.method === "HEAD" ? undefined : page[encoding]);
  return true;
}

/** A strong validator for a page's bytes. @param {Buffer} body */
export function etagOf(body) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/**
 * Keeps a page Next just sent, if it is one every reader gets alike: a 200 HTML
 * page from Next's own cache, no cookie set, its cache tags known.
 * @param {string} key
 * @param {{ status: number, headers: Record<string, string | number | string[] | undefined>, body: Buffer, tags: string[] | null, startedAt?: number }} page
 *   startedAt: when the request that rendered it began (a tag expired since means it may be out of date)
 * @returns {Promise<boolean>} whether it was kept
 */
export async function keepPage(key, { status, headers, body, tags, startedAt = Date.now() }) {
  if (status !== 200 || !tags || tags.length === 0) return false;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const cache = String(headers["x-nextjs-cache"] ?? "");
  if (cache !== "HIT" && cache !== "MISS") return false;
  /** @type {Record<string, string>} */
  const replayed = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPLAYED.has(name.toLowerCase())) continue;
    replayed[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  // The bytes differ by Accept-Encoding, whatever the page said.
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(replayed.vary ?? "")) replayed.vary = replayed.vary ? `${replayed.vary}, Accept-Encoding` : "Accept-Encoding";
  if (droppedSince(tags, startedAt)) return false;
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipAsync(body, { level: 9 }),
  ]);
  const { pages, stats } = memory();
  // A tag expired while it was rendered or compressed: this copy may already be out of date.
  if (droppedSince(tags, startedAt)) return false;
  const etag = etagOf(body);
  const common = Object.entries(replayed).flat().concat("ETag", etag);
  const sent = {
    br: common.concat("Content-Length", String(br.length), "Content-Encoding", "br"),
    gzip: common.concat("Content-Length", String(gz.length), "Content-Encoding", "gzip"),
    identity: common.concat("Content-Length", String(body.length)),
  };
  pages.set(key, { etag, status, headers: replayed, identity: body, gzip: gz, br, sent, tags, storedAt: Date.now() });
  stats.stored += 1;
  return true;
}

// When each tag last expired here, so a page compressed meanwhile isn't kept.
const recentDrops = new LRUCache({ max: 10_000, ttl: MAX_AGE_MS });

/** @param {string[]} tags @param {number} since */
function droppedSince(tags, since) {
  return tags.some((tag) => /** @type {number | undefined} */ (recentDrops.get(tag)) !== undefined && /** @type {number} */ (recentDrops.get(tag)) >= since);
}

/** Drops every held page tagged with any of these. @param {string[]} tags @param {number} [at] */
export function dropPagesTagged(tags, at = Date.now()) {
  if (tags.length === 0) return;
  for (const tag of tags) recentDrops.set(tag, at);
  const wanted = new Set(tags);
  const { pages, stats } = memory();
  for (const [key, page] of pages.entries()) {
    if (page.tags.some((tag) => wanted.has(tag))) {
      pages.delete(key);
      stats.dropped += 1;
    }
  }
}

/** Drops everything (this server missed expiries it can no longer read). */
export function dropAllPages() {
  memory().pages.clear();
}

/** For figures and the metrics endpoint. */
export function pageMemoryStats() {
  const { pages, stats } = memory();
  return { ...stats, entries: pages.size, bytes: pages.calculatedSize };
}
