import "server-only";
import { headers } from "next/headers";
import { insertSession, listLiveSessions, revokeAllSessions, revokeSession, touchSession } from "@/db/queries/users/sessions";
import { clientIpFrom } from "@/lib/request";
import { getDb } from "@/lib/db";

/** As long as the session cookie lives; every use pushes the end back (see keepSessionAlive). */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60_000;
/** How stale "last seen" may get before a request writes it again: one write per few minutes, not per request. */
const TOUCH_EVERY_MS = 5 * 60_000;

async function requestDetails(): Promise<{ userAgent: string; ip: string | null }> {
  try {
    const list = await headers();
    const ip = clientIpFrom(list);
    return { userAgent: list.get("user-agent") ?? "", ip: ip === "unknown" ? null : ip };
  } catch {
    // Outside a request (a script signing someone in): nothing to record.
    return { userAgent: "", ip: null };
  }
}

/** A new server-side session for a sign-in; its id goes into the session cookie. */
export async function startSession(userId: string): Promise<string> {
  const { userAgent, ip } = await requestDetails();
  return insertSession(getDb(), { userId, userAgent, ip, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) });
}

/** Records that the session is in use, at most once every few minutes. */
export async function keepSessionAlive(session: { id: string; lastSeenAt: Date }): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  const { ip } = await requestDetails();
  await touchSession(getDb(), { id: session.id, ip, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) });
}

/** Signing out ends the session row the cookie named, so a copy of the cookie is dead too. */
export async function endSignedOutSession(token: { sid?: unknown; sub?: unknown } | null): Promise<void> {
  if (typeof token?.sid === "string" && typeof token.sub === "string") await revokeSession(getDb(), { id: token.sid, userId: token.sub });
}

/** Where the account is signed in now, most recently used first. */
export const listAccountSessions = (userId: string) => listLiveSessions(getDb(), { userId });

/** Ends one of the account's sessions; a session id that isn't the account's changes nothing. */
export async function endAccountSession(userId: string, sessionId: string): Promise<void> {
  await revokeSession(getDb(), { id: sessionId, userId });
}

/** Ends every session of the account (this browser's too). */
export async function endAllAccountSessions(userId: string): Promise<void> {
  await revokeAllSessions(getDb(), { userId });
}
