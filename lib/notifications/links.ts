import "server-only";
import type { NotificationKind } from "@/db/schema";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getEnv, siteBase } from "@/lib/env";
import { createSubscriptionToken } from "./subscription-token";
import type { Unsubscribe } from "./templates";
import { createUnsubscribeToken } from "./unsubscribe-token";

/** The addresses notification emails link to, each token signed with the site's secret. */
export function notificationLinks() {
  const env = getEnv();
  const site = siteBase();
  const secret = resolveAuthSecret(env);
  const unsubscribeWith = (token: string): Unsubscribe => ({
    url: `${site}/unsubscribe?token=${encodeURIComponent(token)}`,
    oneClickUrl: `${site}/api/unsubscribe?token=${encodeURIComponent(token)}`,
  });
  return {
    site,
    /** Switch one kind off for one person. */
    unsubscribe: (userId: string, kind: NotificationKind) => unsubscribeWith(createUnsubscribeToken({ userId, kind }, secret)),
    /** End one reply subscription. */
    stopReplies: (subscriptionId: number) => unsubscribeWith(createSubscriptionToken("stop", subscriptionId, secret)),
    /** End every reply subscription of the address this one is for. */
    stopAllReplies: (subscriptionId: number) => unsubscribeWith(createSubscriptionToken("stop-all", subscriptionId, secret)),
    /** Confirm one reply subscription (double opt-in). */
    confirmReplies: (subscriptionId: number) => `${site}/subscriptions/confirm?token=${encodeURIComponent(createSubscriptionToken("confirm", subscriptionId, secret))}`,
  };
}
