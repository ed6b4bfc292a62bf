import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { type ActiveUser, getActiveUserById } from "@/db/queries/users/accounts";
import { getLiveSession } from "@/db/queries/users/sessions";
import { keepSessionAlive } from "./auth/sessions";
import { isSessionCurrent } from "./auth/session-validity";
import { type Action, can, type PostResource } from "./permissions";
import { getDb } from "@/lib/db";

/**
 * The one gate for identity. The session cookie only names a user id; the user,
 * their role and whether they are disabled come from the database on every
 * request, so a demoted or disabled account loses access at once.
 */
export const getCurrentUser = cache(async (): Promise<ActiveUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sid = session?.sid;
  if (!id || !sid) return null;
  const [user, live] = await Promise.all([getActiveUserById(getDb(), { id }), getLiveSession(getDb(), { id: sid, userId: id })]);
  if (!user || !live || !isSessionCurrent(session.authTime, user.sessionsRevokedAt)) return null;
  await keepSessionAlive(live);
  return user;
});

/** The id of the session this request runs under (the row behind the cookie), if any. */
export async function getCurrentSessionId(): Promise<string | null> {
  const user = await getCurrentUser();
  return user ? ((await auth())?.sid ?? null) : null;
}

/** For pages: the signed-in user, or a redirect to sign in and come back. */
export async function requireUser(returnTo: string): Promise<ActiveUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: the signed-in user allowed to do `action`; others sign in or get a 403. */
export async function requirePermission(action: Action, returnTo: string, resource?: PostResource): Promise<ActiveUser> {
  const user = await requireUser(returnTo);
  if (!can(user, action, resource)) forbidden();
  return user;
}

/**
 * For server actions and route handlers: the current user when allowed, else
 * null. Callers answer null with a refusal and change nothing.
 */
export async function authorize(action: Action, resource?: PostResource): Promise<ActiveUser | null> {
  const user = await getCurrentUser();
  return user && can(user, action, resource) ? user : null;
}
