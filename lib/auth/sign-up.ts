import "server-only";
import { findUsableToken, insertAuthToken, markTokenUsed } from "@/db/queries/auth-tokens";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { getSiteSettings } from "@/db/queries/settings";
import { insertUser, isEmailRegistered } from "@/db/queries/users";
import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { getEnv } from "@/lib/env";
import { sendEmail } from "@/lib/mail/mailer";
import { alreadyRegisteredEmail, signUpConfirmationEmail } from "@/lib/mail/templates";
import { hashPassword } from "./passwords";
import { createLinkToken, hashLinkToken, isWellFormedToken } from "./tokens";

const HOUR = 3_600_000;
export const SIGN_UP_LINK_LIFETIME_MS = 24 * HOUR;
export const SIGN_UPS_PER_IP_PER_HOUR = 5;

interface PendingSignUp {
  name: string;
  passwordHash: string;
}

/**
 * Starts a sign-up. The account is created only when the emailed link is
 * followed; a registered address gets a "you already have an account" email
 * instead. Either way the person sees the same answer, so the form cannot be used
 * to find out who has an account.
 */
export async function requestSignUp(input: {
  name: string;
  email: string;
  password: string;
  ip: string;
}): Promise<"sent" | "rate_limited"> {
  const perIp = await hitRateLimit({ key: `sign-up:ip:${input.ip}`, windowMs: HOUR });
  if (perIp.count > SIGN_UPS_PER_IP_PER_HOUR) return "rate_limited";
  const perEmail = await hitRateLimit({ key: `sign-up:email:${input.email.toLowerCase()}`, windowMs: HOUR });
  if (perEmail.count > 3) return "sent";

  const settings = await getSiteSettings();
  const siteUrl = getEnv().SITE_URL;
  if (await isEmailRegistered({ email: input.email })) {
    await sendEmail(
      alreadyRegisteredEmail({
        to: input.email,
        siteTitle: settings.title,
        signInLink: new URL("/sign-in", siteUrl).toString(),
        resetLink: new URL("/forgot-password", siteUrl).toString(),
      }),
    );
    return "sent";
  }

  const { token, tokenHash } = createLinkToken();
  const payload: PendingSignUp = { name: input.name, passwordHash: await hashPassword(input.password) };
  await insertAuthToken({
    purpose: "sign_up",
    tokenHash,
    email: input.email,
    payload,
    expiresAt: new Date(Date.now() + SIGN_UP_LINK_LIFETIME_MS),
  });
  const link = new URL(`/sign-up/confirm?token=${token}`, siteUrl).toString();
  await sendEmail(signUpConfirmationEmail({ to: input.email, name: input.name, siteTitle: settings.title, link }));
  return "sent";
}

export async function isSignUpLinkUsable(token: unknown): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  return (await findUsableToken({ purpose: "sign_up", tokenHash: hashLinkToken(token) })) !== null;
}

export type ConfirmResult = { status: "created"; email: string } | { status: "invalid_link" } | { status: "exists"; email: string };

/** Creates the reader account, once, in one transaction with using up the link. */
export async function confirmSignUp({ token }: { token: unknown }): Promise<ConfirmResult> {
  if (!isWellFormedToken(token)) return { status: "invalid_link" };
  const tokenHash = hashLinkToken(token);
  try {
    return await createAccountFromLink(tokenHash);
  } catch (error) {
    // Two links for one address followed at once: the other one won.
    if (isUniqueViolation(error)) return { status: "invalid_link" };
    throw error;
  }
}

function createAccountFromLink(tokenHash: string): Promise<ConfirmResult> {
  return getDb().transaction(async (tx) => {
    const stored = await findUsableToken({ purpose: "sign_up", tokenHash }, tx);
    if (!stored) return { status: "invalid_link" } as const;
    await markTokenUsed({ id: stored.id }, tx);
    if (await isEmailRegistered({ email: stored.email }, tx)) return { status: "exists", email: stored.email } as const;
    const pending = stored.payload as PendingSignUp;
    await insertUser(
      { email: stored.email, name: pending.name, passwordHash: pending.passwordHash, role: "reader", emailVerified: new Date() },
      tx,
    );
    return { status: "created", email: stored.email } as const;
  });
}
