import "server-only";
import { isForeignKeyViolation } from "@/db/errors";
import { setNotificationMode } from "@/db/queries/notifications";
import type { NotificationKind } from "@/db/schema";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { readUnsubscribeToken } from "./unsubscribe-token";
import { isSubscriptionStopToken, readStopToken, stopReplies } from "./reply-subscriptions";

/** What each kind is called where a person reads it ("replies": one comment's reply subscription). */
export const notificationLabels: Record<NotificationKind | "replies" | "all-replies", string> = {
  "comment-held": "emails about comments held for moderation",
  "comment-on-my-post": "emails about new comments on your posts",
  "replies-to-me": "emails about replies to all your comments",
  replies: "emails about replies to that comment",
  "all-replies": "emails about replies to your comments",
};

export type Unsubscribed = { kind: NotificationKind | "replies" | "all-replies"; label: string };

const replyKind = (all: boolean) => (all ? "all-replies" : "replies");

/** What an unsubscribe link would switch off, without switching it; null for a bad or expired link. */
export function describeUnsubscribe(token: unknown): Unsubscribed | null {
  const secret = resolveAuthSecret(getEnv());
  if (isSubscriptionStopToken(token)) {
    const found = readStopToken(token);
    return found ? { kind: replyKind(found.all), label: notificationLabels[replyKind(found.all)] } : null;
  }
  const found = readUnsubscribeToken(token, secret);
  return found ? { kind: found.kind, label: notificationLabels[found.kind] } : null;
}

/**
 * Switches the link's kind of email off for its person. Needs no session: the
 * signed, expiring token is the proof. Null for a bad or expired link, or an
 * account that is gone.
 */
export async function unsubscribe(token: unknown): Promise<Unsubscribed | null> {
  if (isSubscriptionStopToken(token)) {
    const stopped = await stopReplies(token);
    return stopped ? { kind: replyKind(stopped.all), label: notificationLabels[replyKind(stopped.all)] } : null;
  }
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
