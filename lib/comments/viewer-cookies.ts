import "server-only";
import { cookies } from "next/headers";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getEnv } from "@/lib/env";
import { COMMENTER_COOKIE, encodeCommenter } from "./commenter-cookie";
import { decodeOwnIds, encodeOwnIds, OWN_COMMENTS_COOKIE } from "./own-comments-cookie";

const YEAR = 365 * 24 * 60 * 60;

function secret() {
  return resolveAuthSecret(getEnv());
}

function secure() {
  return getEnv().SITE_URL.startsWith("https:");
}

export async function readOwnCommentIds(): Promise<number[]> {
  return decodeOwnIds((await cookies()).get(OWN_COMMENTS_COOKIE)?.value, secret());
}

/** Remembers a guest's comment so they, and only they, see it while held and may change it for a while. */
export async function rememberOwnComment(id: number): Promise<void> {
  const ids = [...(await readOwnCommentIds()), id];
  (await cookies()).set(OWN_COMMENTS_COOKIE, encodeOwnIds(ids, secret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: 30 * 24 * 60 * 60,
  });
}

/**
 * With the commenter's consent, name, email and website are kept in this browser
 * to fill the form next time. Readable by the page's script, as it must be to
 * fill a cached page; without consent the cookie is removed.
 */
export async function rememberCommenter(details: { name: string; email: string; url: string } | null): Promise<void> {
  const jar = await cookies();
  if (!details) {
    jar.delete(COMMENTER_COOKIE);
    return;
  }
  jar.set(COMMENTER_COOKIE, encodeCommenter(details), {
    httpOnly: false,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: YEAR,
  });
}
