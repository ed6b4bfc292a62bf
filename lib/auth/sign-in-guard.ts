import { clearRateLimit, hitRateLimit, peekRateLimit } from "@/db/queries/rate-limits";
import { type VerifiedUser, verifyCredentials } from "./verify-credentials";

const WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = {
  /** Wrong passwords for one email address in 15 minutes. */
  perAccount: 5,
  /** Wrong passwords from one address in 15 minutes (several people may share it). */
  perIp: 20,
} as const;

export type SignInResult =
  | { status: "ok"; user: VerifiedUser }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAt: Date };

export const accountKey = (email: string) => `sign-in:account:${email.trim().toLowerCase().slice(0, 100)}`;
const ipKey = (ip: string) => `sign-in:ip:${ip}`;

/**
 * Credentials check with failed attempts counted in PostgreSQL, per account and
 * per client address, so the limits hold across every app server. It runs inside
 * Auth.js's authorize(), which both the sign-in form and a direct POST to
 * /api/auth/callback/credentials go through.
 */
export async function signInWithLimits(input: unknown, ip: string): Promise<SignInResult> {
  const email = typeof input === "object" && input && "email" in input ? String(input.email) : "";
  const [account, address] = await Promise.all([
    peekRateLimit({ key: accountKey(email), windowMs: WINDOW_MS }),
    peekRateLimit({ key: ipKey(ip), windowMs: WINDOW_MS }),
  ]);
  const blocked = [
    account.count >= SIGN_IN_LIMITS.perAccount ? account.resetAt : null,
    address.count >= SIGN_IN_LIMITS.perIp ? address.resetAt : null,
  ].filter((date): date is Date => date !== null);
  if (blocked.length) {
    return { status: "rate_limited", retryAt: new Date(Math.max(...blocked.map((d) => d.getTime()))) };
  }

  const user = await verifyCredentials(input);
  if (!user) {
    await Promise.all([
      hitRateLimit({ key: accountKey(email), windowMs: WINDOW_MS }),
      hitRateLimit({ key: ipKey(ip), windowMs: WINDOW_MS }),
    ]);
    return { status: "invalid" };
  }
  await clearRateLimit({ key: accountKey(email) });
  return { status: "ok", user };
}
