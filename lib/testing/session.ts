import { randomUUID } from "node:crypto";
import type * as NextServer from "next/server";
import { beforeEach, vi } from "vitest";
import { insertSession } from "@/db/queries/users/sessions";
import { getDb } from "@/lib/db";

// Integration tests call server actions and route handlers directly. Only the
// session cookie is simulated: who the cookie names and which session row it
// carries. Everything after that (the session row, the database lookup, disabled
// accounts, roles, permissions) runs for real.
let currentUserId: string | null = null;
let currentSessionId = randomUUID();
let authTime = Math.floor(Date.now() / 1000);

export function signInAs(userId: string | null, signedInAt: Date = new Date()): void {
  currentUserId = userId;
  currentSessionId = randomUUID();
  authTime = Math.floor(signedInAt.getTime() / 1000);
}

/** The session row id the current cookie names. */
export function currentSession(): string {
  return currentSessionId;
}

export async function sessionForTests() {
  // Read now, before any await: a test may sign in as someone else while this runs.
  const [userId, sessionId, signedIn] = [currentUserId, currentSessionId, authTime];
  if (!userId) return null;
  // Signing in created the row: made here on first use. Once it exists it is left
  // as it is, so a revoked session stays revoked when the same cookie comes back.
  try {
    await insertSession(getDb(), { id: sessionId, userId, userAgent: "Vitest", ip: null, expiresAt: new Date(Date.now() + 3_600_000) });
  } catch {
    // The account is gone (tables emptied between tests): the cookie names nobody.
  }
  return { user: { id: userId }, authTime: signedIn, sid: sessionId, expires: new Date(Date.now() + 3_600_000).toISOString() };
}

export const revalidated: string[] = [];

vi.mock("@/auth", () => ({
  auth: () => sessionForTests(),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));

vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => revalidated.push(`path:${path}`),
  revalidateTag: (tag: string) => revalidated.push(`tag:${tag}`),
  updateTag: (tag: string) => revalidated.push(`tag:${tag}`),
  unstable_cache: <T>(fn: T) => fn,
}));

// Work scheduled with after() runs once the response is out; tests wait for it
// with settleAfterResponse() before looking at what it did (mail, mostly).
const afterResponse: Promise<unknown>[] = [];

export async function settleAfterResponse(): Promise<void> {
  while (afterResponse.length) await afterResponse.shift();
}

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  after: (task: (() => Promise<unknown>) | Promise<unknown>) => {
    afterResponse.push(Promise.resolve().then(() => (typeof task === "function" ? task() : task)));
  },
}));

/** The browser's cookies as actions set them; clear it to play a different browser. */
export const cookieJar = new Map<string, string>();
let clientIp = "192.0.2.77";

export function setClientIp(ip: string): void {
  clientIp = ip;
}

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-broadsheet-client-ip": clientIp, "user-agent": "Vitest" })),
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
      set: (name: string, value: string) => void cookieJar.set(name, value),
      delete: (name: string) => void cookieJar.delete(name),
    }),
}));

beforeEach(() => {
  cookieJar.clear();
  clientIp = "192.0.2.77";
});
