import "server-only";
import { countWaitingWork } from "@/db/queries/jobs";
import { countMailByStatus } from "@/db/queries/mail-queue";
import { countDigestItems, countNotificationEvents } from "@/db/queries/notification-events";
import { getDb } from "@/lib/db";
import { serverMetricsText } from "./cluster-metrics.js";
import { metrics } from "./metrics.js";

/** The metrics text for one scrape: this server's processes, and the shared database's queues read now. */
export async function scrapeMetrics(): Promise<{ text: string; contentType: string }> {
  const { registry, databaseRegistry, queueLength } = metrics();
  try {
    const [waiting, mail, events, gathered] = await Promise.all([
      countWaitingWork(getDb(), new Date()),
      countMailByStatus(getDb()),
      countNotificationEvents(getDb()),
      countDigestItems(getDb()),
    ]);
    queueLength.set({ queue: "jobs_due" }, waiting.jobsDue);
    queueLength.set({ queue: "scheduled_posts_due" }, waiting.scheduledPostsDue);
    queueLength.set({ queue: "mail_pending" }, mail.pending);
    queueLength.set({ queue: "mail_failed" }, mail.failed);
    queueLength.set({ queue: "notification_events" }, events);
    queueLength.set({ queue: "notices_gathered" }, gathered);
  } catch {
    // The database is down: no figures rather than stale ones; the rest still answers.
    queueLength.reset();
  }
  const [server, database] = await Promise.all([serverMetricsText(registry), databaseRegistry.metrics()]);
  return { text: `${server.trimEnd()}\n${database}`, contentType: registry.contentType };
}
