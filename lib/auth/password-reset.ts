import "server-only";
import { findUsableToken, insertAuthToken, markTokenUsed, voidUserTokens } from "@/db/queries/auth-tokens";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { getSiteSettings } from "@/db/queries/settings";
import { getActiveUserByEmail, getActiveUserById, setUserPassword } from "@/db/queries/users";
import { getDb } from "@/db";
import { getEnv } from "@/lib/env";
import { sendEmail } from "@/lib/mail/mailer";
import { passwordResetEmail } from "@/lib/mail/templates";
import { passwordProblem } from "@/lib/validations/password";
import { hashPassword } from "./passwords";
import { createLinkToken, hashLinkToken, isWellFormedToken } from "./tokens";

const HOUR = 3_600_000;
export const RESET_LINK_LIFETIME_MS = HOUR;

/**
 * Sends a reset link when the email belongs to an active account and the limits
 * allow; otherwise does nothing. The caller shows the same message either way.
 */
export async function requestPasswordReset({ email, ip }: { email: string; ip: string }): Promise<void> {
  const [perIp, perEmail] = await Promise.all([
    hitRateLimit({ key: `reset:ip:${ip}`, windowMs: HOUR }),
    hitRateLimit({ key: `reset:email:${email.toLowerCase()}`, windowMs: HOUR }),
  ]);
  if (perIp.count > 10 || perEmail.count > 3) return;

  const user = await getActiveUserByEmail({ email });
  if (!user) return;
  const { token, tokenHash } = createLinkToken();
  await insertAuthToken({
    purpose: "password_reset",
    tokenHash,
    email: user.email,
    userId: user.id,
    expiresAt: new Date(Date.now() + RESET_LINK_LIFETIME_MS),
  });
  const settings = await getSiteSettings();
  const link = new URL(`/reset-password?token=${token}`, getEnv().SITE_URL).toString();
  await sendEmail(passwordResetEmail({ to: user.email, name: user.name, siteTitle: settings.title, link }));
}

export async function isResetLinkUsable(token: unknown): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  return (await findUsableToken({ purpose: "password_reset", tokenHash: hashLinkToken(token) })) !== null;
}

export type ResetResult = { status: "ok" } | { status: "invalid_link" } | { status: "weak_password"; message: string };

/** Uses the link once: new password, the link and any older ones void, every session signed out. */
export async function resetPassword({ token, password }: { token: unknown; password: string }): Promise<ResetResult> {
  if (!isWellFormedToken(token)) return { status: "invalid_link" };
  const tokenHash = hashLinkToken(token);
  const passwordHash = await hashPassword(password);
  return getDb().transaction(async (tx) => {
    const stored = await findUsableToken({ purpose: "password_reset", tokenHash }, tx);
    const user = stored?.userId ? await getActiveUserById({ id: stored.userId }, tx) : null;
    if (!stored || !user) return { status: "invalid_link" } as const;
    const problem = passwordProblem(password, { email: user.email, name: user.name });
    if (problem) return { status: "weak_password", message: problem } as const;
    await setUserPassword({ id: user.id, passwordHash }, tx);
    await markTokenUsed({ id: stored.id }, tx);
    await voidUserTokens({ userId: user.id, purpose: "password_reset" }, tx);
    return { status: "ok" } as const;
  });
}
