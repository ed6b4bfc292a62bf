// When this process last saw a cache tag expire (its own change or another
// server's, through the broadcast). Shared through globalThis by the cache
// handler, which Next loads apart from the app bundles.

const KEY = Symbol.for("broadsheet.last-tag-expiry");

/** @param {number} [at] */
export function noteTagExpiry(at = Date.now()) {
  const holder = /** @type {Record<symbol, number | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[KEY] = Math.max(holder[KEY] ?? 0, at);
}

/** @returns {number} milliseconds since the epoch, 0 if never */
export function lastTagExpiryAt() {
  const holder = /** @type {Record<symbol, number | undefined>} */ (/** @type {unknown} */ (globalThis));
  return holder[KEY] ?? 0;
}
