// How the mail queue backs off when SMTP fails: pure, so it can be tested alone.

/** Tries before a message is marked failed (about 4 h 15 min of retrying in all). */
export const MAX_MAIL_ATTEMPTS = 9;

const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * When to try again after attempt number `attempts` (1 for the first) failed,
 * or null when that was the last: 30 s, 1 min, 2 min, … doubling, at most an hour.
 */
export function nextMailAttempt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_MAIL_ATTEMPTS) return null;
  const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_WAIT_MS);
  return new Date(now.getTime() + wait);
}

/**
 * Whether an SMTP failure is for good: the server answered with a 5xx (the
 * address doesn't exist, the mailbox refuses us). Trying again would only bounce
 * again, so such a message is marked failed at once. Connection errors and 4xx
 * answers are temporary.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { responseCode?: unknown }).responseCode : undefined;
  return typeof code === "number" && code >= 500 && code < 600;
}
