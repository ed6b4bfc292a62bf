import "server-only";
import { findUsableToken, insertAuthToken, markTokenUsed, voidUserTokens } from "@/db/queries/users/auth-tokens";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { readSiteSettings } from "@/lib/settings/store";
import { getActiveUserByEmail, getActiveUserById, setUserPassword } from "@/db/queries/users/accounts";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { deliverDueMail, queueEmail } from "@/lib/mail/queue";
import { passwordResetEmail } from "@/lib/mail/templates";
import { passwordProblem } from "@/lib/validation/password";
import { runAfterResponse } from "@/lib/after-response";
import { limitKeyForIp } from "@/lib/client-ip";
import { hashPassword } from "./passwords";
import { forgetSignInFailures } from "./sign-in-guard";
import { createLinkToken, hashLinkToken, isWellFormedToken } from "./tokens";

const HOUR = 3_600_000;
export const RESET_LINK_LIFETIME_MS = HOUR;

/** Attempts to use reset links (each may hash a password) per address per hour. */
export const RESETS_PER_IP_PER_HOUR = 20;

/**
 * Sends a reset link when the email belongs to an active account and the limits
 * allow; otherwise does nothing. The limits are taken here, the same way for every
 * address; the look-up and the email happen after the response, so the caller's
 * answer (always the same) also takes the same time either way.
 */
export async function requestPasswordReset({ email, ip }: { email: string; ip: string }): Promise<void> {
  const [perIp, perEmail] = await Promise.all([
    hitRateLimit(getDb(), { key: `reset:ip:${limitKeyForIp(ip)}`, windowMs: HOUR }),
    hitRateLimit(getDb(), { key: `reset:email:${email.toLowerCase()}`, windowMs: HOUR }),
  ]);
  if (perIp.count > 10 || perEmail.count > 3) return;
  runAfterResponse("password reset email", () => sendResetLink(email));
}

async function sendResetLink(email: string): Promise<void> {
  const user = await getActiveUserByEmail(getDb(), { email });
  if (!user) return;
  const { token, tokenHash } = createLinkToken();
  const settings = await readSiteSettings(getDb());
  const link = new URL(`/reset-password?token=${token}`, getEnv().SITE_URL).toString();
  // The link and its email exist together or not at all.
  await getDb().transaction(async (tx) => {
    await insertAuthToken(tx, {
      purpose: "password_reset",
      tokenHash,
      email: user.email,
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_LINK_LIFETIME_MS),
    });
    await queueEmail(tx, "password-reset", passwordResetEmail({ to: user.email, name: user.name, siteTitle: settings.title, link }));
  });
  await deliverDueMail();
}

export async function isResetLinkUsable(token: unknown): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  return (await findUsableToken(getDb(), { purpose: "password_reset", tokenHash: hashLinkToken(token) })) !== null;
}

export type ResetResult =
  | { status: "ok" }
  | { status: "invalid_link" }
  | { status: "weak_password"; message: string }
  | { status: "rate_limited" };

/**
 * Uses the link once: new password, the link and any older ones void, every session
 * signed out, and earlier wrong guesses at the account forgotten (its owner has
 * proved who they are). The link is looked up before any password is hashed.
 */
export async function resetPassword({ token, password, ip }: { token: unknown; password: string; ip: string }): Promise<ResetResult> {
  const attempts = await hitRateLimit(getDb(), { key: `reset-use:ip:${limitKeyForIp(ip)}`, windowMs: HOUR });
  if (attempts.count > RESETS_PER_IP_PER_HOUR) return { status: "rate_limited" };
  if (!isWellFormedToken(token)) return { status: "invalid_link" };
  const tokenHash = hashLinkToken(token);
  const found = await findUsableToken(getDb(), { purpose: "password_reset", tokenHash });
  const owner = found?.userId ? await getActiveUserById(getDb(), { id: found.userId }) : null;
  if (!found || !owner) return { status: "invalid_link" };
  const problem = passwordProblem(password, { email: owner.email, name: owner.name });
  if (problem) return { status: "weak_password", message: problem };
  const passwordHash = await hashPassword(password);
  const result = await getDb().transaction(async (tx) => {
    const stored = await findUsableToken(tx, { purpose: "password_reset", tokenHash });
    const user = stored?.userId ? await getActiveUserById(tx, { id: stored.userId }) : null;
    // Used or voided since the look-up above (two tabs, say): the first one won.
    if (!stored || !user) return { status: "invalid_link" } as const;
    await setUserPassword(tx, { id: user.id, passwordHash });
    await markTokenUsed(tx, { id: stored.id });
    await voidUserTokens(tx, { userId: user.id, purpose: "password_reset" });
    return { status: "ok" } as const;
  });
  if (result.status === "ok") await forgetSignInFailures(owner.email);
  return result;
}
