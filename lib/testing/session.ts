import { beforeEach, vi } from "vitest";

// Integration tests call server actions and route handlers directly. Only the
// session cookie is simulated: who the cookie names. Everything after that (the
// database lookup, disabled accounts, roles, permissions) runs for real.
let currentUserId: string | null = null;
let authTime = Math.floor(Date.now() / 1000);

export function signInAs(userId: string | null, signedInAt: Date = new Date()): void {
  currentUserId = userId;
  authTime = Math.floor(signedInAt.getTime() / 1000);
}

export function sessionForTests() {
  return currentUserId ? { user: { id: currentUserId }, authTime, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
}

export const revalidated: string[] = [];

vi.mock("@/auth", () => ({
  auth: () => Promise.resolve(sessionForTests()),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));

vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => revalidated.push(`path:${path}`),
  revalidateTag: (tag: string) => revalidated.push(`tag:${tag}`),
  updateTag: (tag: string) => revalidated.push(`tag:${tag}`),
  unstable_cache: <T>(fn: T) => fn,
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
