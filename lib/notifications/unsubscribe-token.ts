// Signed, expiring links that switch one kind of notification off for one
// person, without signing in (RFC 8058 one-click, and the page in each email).
import { createHmac, timingSafeEqual } from "node:crypto";
import { notificationKinds, type NotificationKind } from "@/db/schema";

/** How long an unsubscribe link in an email keeps working. */
export const UNSUBSCRIBE_LINK_LIFETIME_MS = 90 * 24 * 60 * 60_000;

export interface Unsubscribe {
  userId: string;
  kind: NotificationKind;
}

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");

export function createUnsubscribeToken({ userId, kind }: Unsubscribe, secret: string, now = Date.now()): string {
  const payload = `${userId}.${kind}.${Math.floor((now + UNSUBSCRIBE_LINK_LIFETIME_MS) / 1000).toString(36)}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** What a token switches off, or null when it is forged, altered or expired. */
export function readUnsubscribeToken(token: unknown, secret: string, now = Date.now()): Unsubscribe | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const match = /^([0-9a-f-]{36})\.([a-z-]{1,40})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, userId, kind, expires, signature] = match as unknown as [string, string, string, string, string];
  const expected = Buffer.from(sign(`${userId}.${kind}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (parseInt(expires, 36) * 1000 < now) return null;
  if (!(notificationKinds as readonly string[]).includes(kind)) return null;
  return { userId, kind: kind as NotificationKind };
}
