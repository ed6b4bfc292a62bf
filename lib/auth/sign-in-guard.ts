import "server-only";
import { clearRateLimit, hitRateLimit, releaseRateLimit } from "@/db/queries/rate-limits";
import { limitKeyForIp } from "@/lib/client-ip";
import { type VerifiedUser, verifyCredentials } from "./verify-credentials";
import { getDb } from "@/lib/db";

const WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = {
  /** Wrong passwords for one account from one address (an IPv6 /64) in 15 minutes. */
  perAccountAndAddress: 5,
  /** Wrong passwords from one address, whatever the account (several people may share it). */
  perIp: 20,
  /**
   * Wrong passwords for one account from anywhere: a ceiling for guessing spread over
   * many addresses, far above what its owner would reach. A password reset clears it.
   */
  perAccount: 100,
} as const;

export type SignInResult =
  | { status: "ok"; user: VerifiedUser }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAt: Date };

const normalEmail = (email: string) => email.trim().toLowerCase().slice(0, 100);
export const accountKey = (email: string) => `sign-in:account:${normalEmail(email)}`;
const pairKey = (email: string, client: string) => `sign-in:pair:${client}:${normalEmail(email)}`;
const ipKey = (client: string) => `sign-in:ip:${client}`;

/**
 * Credentials check with attempts counted in PostgreSQL, so the limits hold across
 * every app server. Each attempt takes its place in every counter before the
 * password is checked (one atomic INSERT … ON CONFLICT … RETURNING each), so a
 * burst of parallel attempts gets exactly the allowed number of checks; the right
 * password hands its places back, so only failures use them up. It runs inside
 * Auth.js's authorize(), which both the sign-in form and a direct POST to
 * /api/auth/callback/credentials go through.
 */
export async function signInWithLimits(input: unknown, ip: string): Promise<SignInResult> {
  const email = typeof input === "object" && input && "email" in input ? String(input.email) : "";
  const client = limitKeyForIp(ip);
  const counters = [
    { key: pairKey(email, client), limit: SIGN_IN_LIMITS.perAccountAndAddress },
    { key: ipKey(client), limit: SIGN_IN_LIMITS.perIp },
    { key: accountKey(email), limit: SIGN_IN_LIMITS.perAccount },
  ];
  const taken = await Promise.all(counters.map(({ key }) => hitRateLimit(getDb(), { key, windowMs: WINDOW_MS })));
  const blocked = taken.filter((state, index) => state.count > counters[index]!.limit);
  if (blocked.length) {
    return { status: "rate_limited", retryAt: new Date(Math.max(...blocked.map((state) => state.resetAt.getTime()))) };
  }

  const user = await verifyCredentials(input);
  if (!user) return { status: "invalid" };
  await Promise.all([
    clearRateLimit(getDb(), { key: counters[0]!.key }),
    releaseRateLimit(getDb(), { key: counters[1]!.key }),
    releaseRateLimit(getDb(), { key: counters[2]!.key }),
  ]);
  return { status: "ok", user };
}

/** After a password reset the owner has proved who they are: earlier guesses at the account no longer count. */
export async function forgetSignInFailures(email: string): Promise<void> {
  await clearRateLimit(getDb(), { key: accountKey(email) });
}
