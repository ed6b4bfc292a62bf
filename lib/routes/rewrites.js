// Next.js rewrites, shared by next.config.js and the page memory in server.mjs
// (which must know that "/" is cached as "/page/latest").

/** Query forms WordPress answers on its front page (/?p=19), and the path they are rewritten under. */
export const LEGACY_QUERY_KEYS = /** @type {const} */ (["p", "page_id", "cat", "tag"]);
export const LEGACY_QUERY_PREFIX = "wordpress-query";

/** @type {{ source: string, destination: string, has?: { type: "query", key: string, value: string }[] }[]} */
export const rewrites = [
  // An imported WordPress site's query addresses (/?p=19, /?cat=3) go to the page
  // that redirects old addresses (app/(site)/[...legacy]); see lib/wordpress/mapping.ts.
  ...LEGACY_QUERY_KEYS.map((key) => ({
    source: "/",
    has: [{ type: /** @type {const} */ ("query"), key, value: "(?<value>[^&]{1,200})" }],
    destination: `/${LEGACY_QUERY_PREFIX}/${key}/:value`,
  })),
  // The home page is the first page of the keyset-paginated post list. Serving it
  // from a dynamic segment lets it be rendered on first request and then cached,
  // instead of being prerendered (and hitting the database) during `next build`.
  { source: "/", destination: "/page/latest" },
];

/** The path Next renders and caches a request path as. @param {string} pathname */
export function renderedPath(pathname) {
  return rewrites.find((rewrite) => rewrite.source === pathname && !rewrite.has)?.destination ?? pathname;
}
