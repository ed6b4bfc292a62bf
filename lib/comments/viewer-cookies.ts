import "server-only";
import { cookies } from "next/headers";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getEnv } from "@/lib/env";
import { decodeHeldIds, encodeHeldIds, HELD_COOKIE } from "./held-cookie";

export const COMMENTER_COOKIE = "bs_commenter";
const YEAR = 365 * 24 * 60 * 60;

function secret() {
  return resolveAuthSecret(getEnv());
}

function secure() {
  return getEnv().SITE_URL.startsWith("https:");
}

export async function readHeldIds(): Promise<number[]> {
  return decodeHeldIds((await cookies()).get(HELD_COOKIE)?.value, secret());
}

/** Remembers a guest's held comment so it can be shown to them, and only them. */
export async function rememberHeldComment(id: number): Promise<void> {
  const ids = [...(await readHeldIds()), id];
  (await cookies()).set(HELD_COOKIE, encodeHeldIds(ids, secret()), {
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
  jar.set(COMMENTER_COOKIE, Buffer.from(JSON.stringify(details)).toString("base64url"), {
    httpOnly: false,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: YEAR,
  });
}
