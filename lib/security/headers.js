// Security headers for every response, and the Content-Security-Policy that goes
// with the per-request nonce server.mjs writes into each page's <script> tags.

/**
 * @param {{ nonce: string, https: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, https }) {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced Next.js runtime load its own chunks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
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
 * @param {{ nonce: string, https: boolean, production: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ nonce, https, production }) {
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, https }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (production && https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
