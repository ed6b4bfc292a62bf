import "server-only";
import { isForeignKeyViolation } from "@/db/errors";
import { getNotificationModes, setNotificationMode } from "@/db/queries/notifications";
import type { NotificationKind } from "@/db/schema";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { readUnsubscribeToken } from "./unsubscribe-token";
import { isSubscriptionStopToken, stopReplies } from "./reply-subscriptions";
import { readSubscriptionToken } from "./subscription-token";

/** What each kind is called where a person reads it ("replies": one comment's reply subscription). */
export const notificationLabels: Record<NotificationKind | "replies", string> = {
  "comment-held": "emails about comments held for moderation",
  "comment-on-my-post": "emails about new comments on your posts",
  "replies-to-me": "emails about replies to all your comments",
  replies: "emails about replies to that comment",
};

export type Unsubscribed = { kind: NotificationKind | "replies"; label: string };

/** What an unsubscribe link would switch off, without switching it; null for a bad or expired link. */
export function describeUnsubscribe(token: unknown): Unsubscribed | null {
  const secret = resolveAuthSecret(getEnv());
  if (isSubscriptionStopToken(token)) return readSubscriptionToken("stop", token, secret) === null ? null : { kind: "replies", label: notificationLabels.replies };
  const found = readUnsubscribeToken(token, secret);
  return found ? { kind: found.kind, label: notificationLabels[found.kind] } : null;
}

/**
 * Switches the link's kind of email off for its person. Needs no session: the
 * signed, expiring token is the proof. Null for a bad or expired link, or an
 * account that is gone.
 */
export async function unsubscribe(token: unknown): Promise<Unsubscribed | null> {
  if (isSubscriptionStopToken(token)) return (await stopReplies(token)) ? { kind: "replies", label: notificationLabels.replies } : null;
  const found = readUnsubscribeToken(token, resolveAuthSecret(getEnv()));
  if (!found) return null;
  try {
    await setNotificationMode(getDb(), found.userId, found.kind, "none");
  } catch (error) {
    // The account was deleted since the email went out: nothing left to switch off.
    if (isForeignKeyViolation(error)) return null;
    throw error;
  }
  return { kind: found.kind, label: notificationLabels[found.kind] };
}

/** Which kinds a role can receive at all (authors and up write posts; moderators and up see held comments). */
export function notificationKindsFor(role: string): NotificationKind[] {
  const kinds: NotificationKind[] = [];
  if (["moderator", "editor", "admin"].includes(role)) kinds.push("comment-held");
  if (["author", "editor", "admin"].includes(role)) kinds.push("comment-on-my-post");
  kinds.push("replies-to-me");
  return kinds;
}

/** Kinds that are off until a person switches them on. */
const OFF_UNLESS_CHOSEN = new Set<NotificationKind>(["replies-to-me"]);

/** Whether `kind` is on, given what the person chose (if anything). */
export function isOn(kind: NotificationKind, mode: "each" | "none" | undefined): boolean {
  return mode === undefined ? !OFF_UNLESS_CHOSEN.has(kind) : mode !== "none";
}

/** A person's choices, every kind they can receive on unless switched off. */
export async function readNotificationChoices(userId: string, role: string): Promise<Partial<Record<NotificationKind, boolean>>> {
  const modes = await getNotificationModes(getDb(), userId);
  return Object.fromEntries(notificationKindsFor(role).map((kind) => [kind, isOn(kind, modes[kind])]));
}

/** Saves the account page's switches; kinds the role can't receive are ignored. */
export async function saveNotificationChoices(userId: string, role: string, on: Partial<Record<NotificationKind, boolean>>): Promise<void> {
  await getDb().transaction(async (tx) => {
    for (const kind of notificationKindsFor(role)) await setNotificationMode(tx, userId, kind, on[kind] ? "each" : "none");
  });
}
