import "server-only";
import { findUsableToken, insertAuthToken, markTokenUsed, voidUserTokens } from "@/db/queries/users/auth-tokens";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { readSiteSettings } from "@/lib/settings/store";
import { getActiveUserById, getPasswordHash, isEmailRegistered, setUserEmail, setUserName, setUserPassword } from "@/db/queries/users/accounts";
import { getDb } from "@/lib/db";
import { hasWrittenPosts, updateAuthorBio } from "@/db/queries/users/authors";
import { type Actor, can } from "@/lib/permissions";
import { isUniqueViolation } from "@/db/errors";
import { getEnv } from "@/lib/env";
import { deliverMailSoon, queueEmail } from "@/lib/mail/queue";
import { addressInUseEmail, emailChangeConfirmationEmail, emailChangedNoticeEmail } from "@/lib/mail/templates";
import { passwordProblem } from "@/lib/validation/password";
import { hashPassword, verifyPassword } from "./passwords";
import { accountKey } from "./sign-in-guard";
import { createLinkToken, hashLinkToken, isWellFormedToken } from "./tokens";

const HOUR = 3_600_000;

/** Re-entering the password guards account changes; wrong guesses count like failed sign-ins. */
async function confirmPassword(userId: string, email: string, password: string): Promise<"ok" | "wrong" | "rate_limited"> {
  const key = accountKey(email);
  const attempts = await hitRateLimit(getDb(), { key: `reauth:${userId}`, windowMs: 15 * 60_000 });
  if (attempts.count > 5) return "rate_limited";
  const ok = await verifyPassword(await getPasswordHash(getDb(), { id: userId }), password);
  if (!ok) await hitRateLimit(getDb(), { key, windowMs: 15 * 60_000 });
  return ok ? "ok" : "wrong";
}

export type PasswordChangeResult =
  | { status: "ok" }
  | { status: "wrong_password" | "rate_limited" }
  | { status: "weak_password"; message: string };

export async function changePassword(input: {
  userId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<PasswordChangeResult> {
  const user = await getActiveUserById(getDb(), { id: input.userId });
  if (!user) return { status: "wrong_password" };
  const check = await confirmPassword(user.id, user.email, input.currentPassword);
  if (check === "rate_limited") return { status: "rate_limited" };
  if (check === "wrong") return { status: "wrong_password" };
  const problem = passwordProblem(input.newPassword, { email: user.email, name: user.name });
  if (problem) return { status: "weak_password", message: problem };
  await setUserPassword(getDb(), { id: user.id, passwordHash: await hashPassword(input.newPassword) });
  return { status: "ok" };
}

export type EmailChangeResult = { status: "sent" } | { status: "wrong_password" | "rate_limited" | "same_email" };

/** Sends a confirmation link to the new address; the change happens when it is followed. */
export async function requestEmailChange(input: {
  userId: string;
  newEmail: string;
  password: string;
}): Promise<EmailChangeResult> {
  const user = await getActiveUserById(getDb(), { id: input.userId });
  if (!user) return { status: "wrong_password" };
  if (user.email.toLowerCase() === input.newEmail.toLowerCase()) return { status: "same_email" };
  const check = await confirmPassword(user.id, user.email, input.password);
  if (check === "rate_limited") return { status: "rate_limited" };
  if (check === "wrong") return { status: "wrong_password" };
  const sent = await hitRateLimit(getDb(), { key: `email-change:${user.id}`, windowMs: HOUR });
  if (sent.count > 3) return { status: "rate_limited" };

  const settings = await readSiteSettings(getDb());
  if (await isEmailRegistered(getDb(), { email: input.newEmail })) {
    await queueEmail(getDb(), "address-in-use", addressInUseEmail({ to: input.newEmail, siteTitle: settings.title }));
    deliverMailSoon();
    return { status: "sent" };
  }
  const { token, tokenHash } = createLinkToken();
  const link = new URL(`/account/confirm-email?token=${token}`, getEnv().SITE_URL).toString();
  await getDb().transaction(async (tx) => {
    await insertAuthToken(tx, {
      purpose: "email_change",
      tokenHash,
      email: input.newEmail,
      userId: user.id,
      expiresAt: new Date(Date.now() + 24 * HOUR),
    });
    await queueEmail(tx, "email-change", emailChangeConfirmationEmail({ to: input.newEmail, name: user.name, siteTitle: settings.title, link }));
  });
  deliverMailSoon();
  return { status: "sent" };
}

export async function isEmailChangeLinkUsable(token: unknown): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  return (await findUsableToken(getDb(), { purpose: "email_change", tokenHash: hashLinkToken(token) })) !== null;
}

export type ConfirmEmailResult = { status: "changed"; email: string } | { status: "invalid_link" | "in_use" };

export async function confirmEmailChange({ token }: { token: unknown }): Promise<ConfirmEmailResult> {
  if (!isWellFormedToken(token)) return { status: "invalid_link" };
  const tokenHash = hashLinkToken(token);
  let result: ConfirmEmailResult;
  const settings = await readSiteSettings(getDb());
  try {
    result = await getDb().transaction(async (tx) => {
      const stored = await findUsableToken(tx, { purpose: "email_change", tokenHash });
      const user = stored?.userId ? await getActiveUserById(tx, { id: stored.userId }) : null;
      if (!stored || !user) return { status: "invalid_link" } as const;
      await setUserEmail(tx, { id: user.id, email: stored.email });
      await markTokenUsed(tx, { id: stored.id });
      await voidUserTokens(tx, { userId: user.id, purpose: "email_change" });
      await voidUserTokens(tx, { userId: user.id, purpose: "password_reset" });
      // The old address hears of it, with the change or not at all.
      await queueEmail(tx, "email-changed", emailChangedNoticeEmail({ to: user.email, name: user.name, siteTitle: settings.title, newEmail: stored.email }));
      return { status: "changed", email: stored.email } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "in_use" };
    throw error;
  }
  if (result.status === "changed") deliverMailSoon();
  return result;
}

/** The display name shown with the account's comments from now on. */
export async function renameAccount(userId: string, name: string): Promise<void> {
  await setUserName(getDb(), { id: userId, name });
}

/**
 * Whether the account has a public author page worth describing: it may write
 * posts, or has written some (a former author's page stays).
 */
export async function mayHaveAuthorPage(user: Actor): Promise<boolean> {
  return can(user, "post:create") || (await hasWrittenPosts(getDb(), { userId: user.id }));
}

/** The author page's bio (plain text). */
export async function setAuthorBio(userId: string, bio: string): Promise<void> {
  await updateAuthorBio(getDb(), { userId, bio });
}

/** After a rename: bylines show the name, so an author's pages must be refreshed; a reader's need not. */
export async function isPublishedAuthor(userId: string): Promise<boolean> {
  return hasWrittenPosts(getDb(), { userId });
}
