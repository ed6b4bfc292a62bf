import "server-only";
import { findUsableToken, insertAuthToken, markTokenUsed } from "@/db/queries/users/auth-tokens";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { readSiteSettings } from "@/lib/settings/store";
import { insertUser, isEmailRegistered } from "@/db/queries/users/accounts";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/db/errors";
import { runAfterResponse } from "@/lib/after-response";
import { limitKeyForIp } from "@/lib/client-ip";
import { getEnv } from "@/lib/env";
import { deliverDueMail, queueEmail } from "@/lib/mail/queue";
import { alreadyRegisteredEmail, signUpConfirmationEmail } from "@/lib/mail/templates";
import { passwordProblem } from "@/lib/validation/password";
import { hashPassword } from "./passwords";
import { createLinkToken, hashLinkToken, isWellFormedToken } from "./tokens";

const HOUR = 3_600_000;
export const SIGN_UP_LINK_LIFETIME_MS = 24 * HOUR;
export const SIGN_UPS_PER_IP_PER_HOUR = 5;
/** Attempts to finish a sign-up (each may hash a password) per address per hour. */
export const CONFIRMS_PER_IP_PER_HOUR = 20;

interface PendingSignUp {
  name: string;
}

/**
 * Starts a sign-up: name and email only. The password is chosen on the page the
 * emailed link opens, by whoever can read that mailbox, so nobody can create an
 * account for someone else's address with a password they know. The limits are
 * taken here, the same way for every address; the email (a confirmation link, or
 * "you already have an account") is sent after the response, so neither its
 * content nor its timing tells who has an account.
 */
export async function requestSignUp(input: { name: string; email: string; ip: string }): Promise<"sent" | "rate_limited"> {
  const perIp = await hitRateLimit(getDb(), { key: `sign-up:ip:${limitKeyForIp(input.ip)}`, windowMs: HOUR });
  if (perIp.count > SIGN_UPS_PER_IP_PER_HOUR) return "rate_limited";
  const perEmail = await hitRateLimit(getDb(), { key: `sign-up:email:${input.email.toLowerCase()}`, windowMs: HOUR });
  if (perEmail.count <= 3) runAfterResponse("sign-up email", () => sendSignUpEmail(input));
  return "sent";
}

async function sendSignUpEmail(input: { name: string; email: string }): Promise<void> {
  const settings = await readSiteSettings(getDb());
  const siteUrl = getEnv().SITE_URL;
  if (await isEmailRegistered(getDb(), { email: input.email })) {
    await queueEmail(
      getDb(),
      "already-registered",
      alreadyRegisteredEmail({
        to: input.email,
        siteTitle: settings.title,
        signInLink: new URL("/sign-in", siteUrl).toString(),
        resetLink: new URL("/forgot-password", siteUrl).toString(),
      }),
    );
    await deliverDueMail();
    return;
  }
  const { token, tokenHash } = createLinkToken();
  const payload: PendingSignUp = { name: input.name };
  const link = new URL(`/sign-up/confirm?token=${token}`, siteUrl).toString();
  // The link and its email exist together or not at all.
  await getDb().transaction(async (tx) => {
    await insertAuthToken(tx, {
      purpose: "sign_up",
      tokenHash,
      email: input.email,
      payload,
      expiresAt: new Date(Date.now() + SIGN_UP_LINK_LIFETIME_MS),
    });
    await queueEmail(tx, "sign-up", signUpConfirmationEmail({ to: input.email, siteTitle: settings.title, link }));
  });
  await deliverDueMail();
}

/** The pending sign-up behind a link, for the page that finishes it; null when the link can't be used. */
export async function getPendingSignUp(token: unknown): Promise<{ email: string; name: string } | null> {
  if (!isWellFormedToken(token)) return null;
  const stored = await findUsableToken(getDb(), { purpose: "sign_up", tokenHash: hashLinkToken(token) });
  return stored ? { email: stored.email, name: (stored.payload as PendingSignUp | null)?.name ?? "" } : null;
}

export type ConfirmResult =
  | { status: "created"; email: string }
  | { status: "invalid_link" }
  | { status: "exists"; email: string }
  | { status: "weak_password"; message: string }
  | { status: "rate_limited" };

/** Creates the reader account with the password chosen now, once, in one transaction with using up the link. */
export async function confirmSignUp(input: { token: unknown; name: string; password: string; ip: string }): Promise<ConfirmResult> {
  const attempts = await hitRateLimit(getDb(), { key: `sign-up-confirm:ip:${limitKeyForIp(input.ip)}`, windowMs: HOUR });
  if (attempts.count > CONFIRMS_PER_IP_PER_HOUR) return { status: "rate_limited" };
  // The link is looked up before any password is hashed: a made-up token costs one indexed read.
  const pending = await getPendingSignUp(input.token);
  if (!pending) return { status: "invalid_link" };
  const problem = passwordProblem(input.password, { email: pending.email, name: input.name });
  if (problem) return { status: "weak_password", message: problem };
  const passwordHash = await hashPassword(input.password);
  try {
    return await createAccountFromLink(hashLinkToken(input.token as string), input.name, passwordHash);
  } catch (error) {
    // Two links for one address followed at once: the other one won.
    if (isUniqueViolation(error)) return { status: "invalid_link" };
    throw error;
  }
}

function createAccountFromLink(tokenHash: string, name: string, passwordHash: string): Promise<ConfirmResult> {
  return getDb().transaction(async (tx) => {
    const stored = await findUsableToken(tx, { purpose: "sign_up", tokenHash });
    if (!stored) return { status: "invalid_link" } as const;
    await markTokenUsed(tx, { id: stored.id });
    if (await isEmailRegistered(tx, { email: stored.email })) return { status: "exists", email: stored.email } as const;
    await insertUser(tx, { email: stored.email, name, passwordHash, role: "reader", emailVerified: new Date() });
    return { status: "created", email: stored.email } as const;
  });
}
