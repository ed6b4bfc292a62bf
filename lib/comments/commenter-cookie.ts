// The "remember me" cookie a guest may opt into: their name, email and website,
// written by the server after a comment and read by the form in the browser.

export const COMMENTER_COOKIE = "bs_commenter";

export type RememberedCommenter = { name?: string; email?: string; url?: string };

/**
 * base64url of the UTF-8 JSON, so any name survives the cookie. Written without
 * Node's Buffer: this module is also the browser's reader, and Buffer would pull
 * a 20 kB polyfill into the article's comment form.
 */
export function encodeCommenter(details: RememberedCommenter): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(JSON.stringify(details))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The details in the browser's cookie string, or nothing when there are none or they don't parse. */
export function readCommenterFromCookies(cookieHeader: string): RememberedCommenter {
  const raw = cookieHeader
    .split("; ")
    .find((part) => part.startsWith(`${COMMENTER_COOKIE}=`))
    ?.slice(COMMENTER_COOKIE.length + 1);
  if (!raw) return {};
  try {
    const binary = atob(raw.replace(/-/g, "+").replace(/_/g, "/"));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as RememberedCommenter;
  } catch {
    return {};
  }
}
