// A request's route as the app names it ("/posts/[slug]"), for log lines and
// metric labels: one label per route rather than per address, so a million
// articles (or a scanner's made-up paths) stay a handful of series.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderedPath } from "../routes/rewrites.js";

/**
 * @typedef {{ page: string, regex: string }} ManifestRoute
 * @typedef {{ staticRoutes?: ManifestRoute[], dynamicRoutes?: ManifestRoute[] }} RoutesManifest
 */

/**
 * @param {RoutesManifest} manifest Next's routes-manifest.json
 * @param {string[]} [publicFiles] files served from public/ ("favicon.ico", …), each its own label
 * @returns {(pathname: string) => string}
 */
export function routeLabeller(manifest, publicFiles = []) {
  /** @type {Map<string, string>} */
  const exact = new Map(publicFiles.map((name) => [`/${name}`, `/${name}`]));
  for (const route of manifest.staticRoutes ?? []) exact.set(route.page, route.page);
  const patterns = (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  /** @param {string} pathname @returns {string | null} */
  const match = (pathname) => {
    const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
    const page = exact.get(trimmed);
    if (page !== undefined) return page;
    for (const { page, regex } of patterns) if (regex.test(trimmed)) return page;
    return null;
  };
  return (pathname) => {
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/")) return "/_next";
    // A rewrite's source is a route of its own ("/" for the home page): a fixed list.
    return match(pathname) ?? (renderedPath(pathname) !== pathname ? pathname : "(unmatched)");
  };
}

/**
 * From the build in `dir` (".next"); before a build, every path is "(unmatched)".
 * @param {string} [dir]
 */
export function routeLabellerFromBuild(dir = path.join(process.cwd(), ".next")) {
  let publicFiles = /** @type {string[]} */ ([]);
  try {
    publicFiles = readdirSync(path.join(dir, "..", "public"), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    // no public folder
  }
  try {
    const manifest = /** @type {unknown} */ (JSON.parse(readFileSync(path.join(dir, "routes-manifest.json"), "utf8")));
    return routeLabeller(/** @type {RoutesManifest} */ (manifest), publicFiles);
  } catch {
    return routeLabeller({}, publicFiles);
  }
}
