/**
 * Only same-site paths may be redirect targets: "/posts/x?y#z" is kept; absolute
 * URLs, protocol-relative "//host", backslash tricks and control characters fall
 * back to the given default. The path is normalised first (dot segments, percent
 * escapes, as a browser will) and checked afterwards, so "/.//evil.example" or
 * "/%2e//evil.example" can't turn into "//evil.example" on the way out.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://same.site");
    if (url.origin !== "http://same.site") return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // What the browser would do with the normalised path: it must stay on this site.
    if (/^[/\\]{2}/.test(url.pathname) || new URL(path, "http://same.site").origin !== "http://same.site") return fallback;
    return path;
  } catch {
    return fallback;
  }
}
