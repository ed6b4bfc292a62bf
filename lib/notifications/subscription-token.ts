// Signed, expiring links about one reply subscription: "confirm" (the double
// opt-in mailed to a guest), "stop" (unsubscribe, in every reply email) and
// "stop-all" (every reply subscription of that subscription's address, in an
// email that gathers replies to several of that person's comments).
import { createHmac, timingSafeEqual } from "node:crypto";

export type SubscriptionAction = "confirm" | "stop" | "stop-all";

const LIFETIME_MS: Record<SubscriptionAction, number> = { confirm: 7 * 24 * 60 * 60_000, stop: 180 * 24 * 60 * 60_000, "stop-all": 180 * 24 * 60 * 60_000 };

const sign = (action: SubscriptionAction, payload: string, secret: string) => createHmac("sha256", secret).update(`subscription-${action}:${payload}`).digest("base64url");

export function createSubscriptionToken(action: SubscriptionAction, subscriptionId: number, secret: string, now = Date.now()): string {
  const payload = `s${subscriptionId.toString(36)}.${Math.floor((now + LIFETIME_MS[action]) / 1000).toString(36)}`;
  return `${payload}.${sign(action, payload, secret)}`;
}

/** The subscription a token is for, or null when forged, for the other action, or expired. */
export function readSubscriptionToken(action: SubscriptionAction, token: unknown, secret: string, now = Date.now()): number | null {
  if (typeof token !== "string" || token.length > 120) return null;
  const match = /^s([0-9a-z]{1,8})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, id, expires, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(action, `s${id}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (parseInt(expires, 36) * 1000 < now) return null;
  return parseInt(id, 36);
}
