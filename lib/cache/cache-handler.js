// Next.js's cache for pages and data (ISR and unstable_cache), kept in this
// process's memory and nowhere else: least recently used entries go first once
// the entries together pass a size in bytes, and nothing is written to disk.
// Misses are never kept, so requests for addresses that don't exist (random
// slugs, cursors, page numbers) cost a query each but can't fill memory: an
// error page (status 400 and above) and a data read that found nothing (null)
// are not stored. Tag expiry goes through Next's own tag manifest, so stale and
// expired entries behave exactly as with the built-in cache.
import { LRUCache } from "lru-cache";
import manifest from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { getEnv } from "../env.js";
import { logger } from "../observability/logger.js";
import { dropAllPages, dropPagesTagged } from "./page-memory.js";
import { requestStartedAt } from "./request-clock.js";
import { noteTagExpiry } from "./expiry-clock.js";

const { tagsManifest } = manifest;

/**
 * The parts of Next's cache values this handler looks at (pages, route bodies, data).
 * @typedef {{ kind?: string, html?: string, rscData?: Uint8Array, body?: Uint8Array | string, segmentData?: Map<string, Uint8Array>,
 *   data?: { body?: string }, status?: number, headers?: Record<string, unknown>, tags?: string[] }} CachedValue
 * @typedef {{ value: CachedValue, lastModified: number, tags: string[], size: number, cacheControl?: unknown }} Entry
 */

/** @param {CachedValue | null} value @returns {number} roughly what the entry holds in memory */
export function entrySize(value) {
  if (!value) return 0;
  let size = 200;
  if (typeof value.html === "string") size += value.html.length;
  if (value.rscData) size += value.rscData.byteLength ?? 0;
  if (value.body) size += typeof value.body === "string" ? value.body.length : value.body.byteLength;
  if (value.segmentData) for (const part of value.segmentData.values()) size += part.byteLength ?? 0;
  if (value.kind === "FETCH") size += JSON.stringify(value.data ?? null).length;
  return size;
}

/** @param {CachedValue | null} value @returns {value is CachedValue} whether the entry describes something that exists */
export function isWorthKeeping(value) {
  if (!value) return false;
  if (typeof value.status === "number" && value.status >= 400) return false;
  if (value.kind === "FETCH" && value.data?.body === "null") return false;
  return true;
}

/** @param {CachedValue} value @param {string[]} [extra] @returns {string[]} */
function tagsOf(value, extra = []) {
  const header = value?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(value?.tags ?? []), ...extra])];
}

const STORE = Symbol.for("broadsheet.page-cache");
const PATHS = Symbol.for("broadsheet.page-cache-paths");

// A page's entry is keyed "/route-cache/APP_PAGE/<route hash>/$<path>".
const PAGE_KEY = /\/APP_PAGE\/[^/]+\/\$(\/.*)$/;

/** @returns {LRUCache<string, string>} the rendered path of each cached page, to its entry's key */
function pagePaths() {
  const holder = /** @type {Record<symbol, LRUCache<string, string> | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[PATHS] ??= new LRUCache({ max: 50_000 });
  return holder[PATHS];
}

/**
 * The cache tags of the page Next holds for a rendered path (server.mjs keeps hot
 * pages with them), or null when Next holds none.
 * @param {string} path @returns {string[] | null}
 */
export function pageTags(path) {
  const key = pagePaths().get(path);
  const entry = key === undefined ? undefined : store().get(key);
  return entry?.value.kind === "APP_PAGE" ? entry.tags : null;
}
const BROADCAST = Symbol.for("broadsheet.tag-broadcast");

/** @returns {import("./tag-broadcast.js").TagBroadcast | undefined} */
function tagBroadcast() {
  return /** @type {Record<symbol, import("./tag-broadcast.js").TagBroadcast | undefined>} */ (/** @type {unknown} */ (globalThis))[BROADCAST];
}

/** Hands this process's broadcast to the handler, wherever Next loaded it from. @param {import("./tag-broadcast.js").TagBroadcast | undefined} broadcast */
export function installTagBroadcast(broadcast) {
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[BROADCAST] = broadcast;
}
/** @returns {LRUCache<string, Entry>} one store per process, shared by every bundle that loads this file */
function store() {
  const holder = /** @type {Record<symbol, LRUCache<string, Entry> | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (!holder[STORE]) {
    const maxSize = getEnv().BROADSHEET_CACHE_MB * 1024 * 1024;
    holder[STORE] = new LRUCache({ maxSize, maxEntrySize: Math.max(1, Math.floor(maxSize / 8)), sizeCalculation: (entry) => Math.max(1, entry.size) });
  }
  return holder[STORE];
}

export default class MemoryCacheHandler {
  /** @param {{ revalidatedTags?: string[] }} context */
  constructor(context) {
    this.revalidatedTags = context?.revalidatedTags ?? [];
  }

  /** @param {string} key @param {{ kind?: string, tags?: string[], softTags?: string[] }} [context] */
  get(key, context) {
    const entry = store().get(key);
    if (!entry) return Promise.resolve(null);
    if (context?.kind === "FETCH") {
      const tags = [...(context.tags ?? []), ...(context.softTags ?? [])];
      if (tags.some((tag) => this.revalidatedTags.includes(tag))) return Promise.resolve(null);
    }
    return Promise.resolve({ value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl });
  }

  /** @param {string} key @param {CachedValue | null} data @param {{ tags?: string[], cacheControl?: unknown }} [context] */
  set(key, data, context) {
    if (!isWorthKeeping(data)) {
      store().delete(key);
      return Promise.resolve();
    }
    const page = PAGE_KEY.exec(key);
    if (page?.[1]) pagePaths().set(page[1], key);
    const tags = tagsOf(data, context?.tags);
    store().set(key, {
      value: data,
      lastModified: readBefore(tags) ?? Date.now(),
      tags,
      size: entrySize(data),
      cacheControl: context?.cacheControl,
    });
    return Promise.resolve();
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    expireTags(list, durations);
    // Other app servers on the same database expire them too (server.mjs starts the broadcast).
    const broadcast = tagBroadcast();
    if (broadcast) {
      try {
        await broadcast.publish(list, durations);
      } catch (error) {
        logger().error({ err: error }, "couldn't share a cache expiry with the other servers");
      }
    }
  }

  resetRequestCache() {}
}

/**
 * When the request that made an entry began, if one of the entry's tags expired
 * after that: what it holds may have been read before the change, so it is dated
 * then and counts as expired at once (the next request renders it again), instead
 * of passing for fresh until its time runs out.
 * @param {string[]} tags @returns {number | undefined}
 */
function readBefore(tags) {
  const started = requestStartedAt();
  if (started === undefined) return undefined;
  return tags.some((tag) => (tagsManifest.get(tag)?.expired ?? 0) > started) ? started : undefined;
}

/**
 * Marks tags stale or expired as Next's own cache does, and frees the memory of
 * entries that can no longer be served.
 * @param {string[]} tags @param {{ expire?: number }} [durations] @param {number} [at]
 */
export function expireTags(tags, durations, at = Date.now()) {
  if (tags.length === 0) return;
  noteTagExpiry(at);
  // Pages held whole by server.mjs go at once, stale or expired alike.
  dropPagesTagged(tags, at);
  for (const tag of tags) {
    const existing = tagsManifest.get(tag) ?? {};
    if (durations) {
      tagsManifest.set(tag, { ...existing, stale: at, ...(durations.expire !== undefined ? { expired: at + durations.expire * 1000 } : {}) });
    } else {
      tagsManifest.set(tag, { ...existing, expired: at });
    }
  }
  const expiredNow = !durations || durations.expire === 0;
  if (!expiredNow) return;
  const wanted = new Set(tags);
  for (const [key, entry] of store().entries()) {
    if (entry.lastModified < at && entry.tags.some((tag) => wanted.has(tag))) store().delete(key);
  }
}

/** Drops every entry (this server missed expiries it can no longer read). */
export function flushCache() {
  store().clear();
  dropAllPages();
}

/** For figures and tests: how many entries and bytes the cache holds. */
export function cacheStats() {
  return { entries: store().size, bytes: store().calculatedSize, maxBytes: store().maxSize };
}
