// Next.js rewrites, shared by next.config.js and the page memory in server.mjs
// (which must know that "/" is cached as "/page/latest").

/** @type {{ source: string, destination: string }[]} */
export const rewrites = [
  // The home page is the first page of the keyset-paginated post list. Serving it
  // from a dynamic segment lets it be rendered on first request and then cached,
  // instead of being prerendered (and hitting the database) during `next build`.
  { source: "/", destination: "/page/latest" },
];

/** The path Next renders and caches a request path as. @param {string} pathname */
export function renderedPath(pathname) {
  return rewrites.find((rewrite) => rewrite.source === pathname)?.destination ?? pathname;
}
