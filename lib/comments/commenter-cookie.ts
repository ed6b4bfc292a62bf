// The "remember me" cookie a guest may opt into: their name, email and website,
// written by the server after a comment and read by the form in the browser.

export const COMMENTER_COOKIE = "bs_commenter";

export type RememberedCommenter = { name?: string; email?: string; url?: string };

/** base64url of the UTF-8 JSON, so any name survives the cookie. */
export function encodeCommenter(details: RememberedCommenter): string {
  return Buffer.from(JSON.stringify(details), "utf8").toString("base64url");
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
