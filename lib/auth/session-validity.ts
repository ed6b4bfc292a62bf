/**
 * A session stays valid unless the account revoked sessions after it signed in.
 * Both times are compared in whole seconds, the resolution of the session claim.
 */
export function isSessionCurrent(authTime: number | undefined, sessionsRevokedAt: Date | null): boolean {
  if (!sessionsRevokedAt) return true;
  if (authTime === undefined) return false;
  return authTime >= Math.floor(sessionsRevokedAt.getTime() / 1000);
}
