// Security headers for every response. Pages get a Content-Security-Policy that
// allows our own script files and exactly the inline scripts the page was
// rendered with (by hash, see script-hashes.js): no 'unsafe-inline', no nonce to
// write into the page, so a cached page is served byte for byte as it was made.

/**
 * @param {{ scriptHashes?: string[], https: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptHashes = [], https }) {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    // React writes style attributes; no user-controlled CSS reaches the page.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * @param {{ https: boolean, production: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ https, production }) {
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy({ https }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (production && https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
