import "server-only";
import { countWaitingWork } from "@/db/queries/jobs";
import { countMailByStatus } from "@/db/queries/mail-queue";
import { getDb } from "@/lib/db";
import { metrics } from "./metrics.js";

/** The metrics text for one scrape, with the shared database's queues read now. */
export async function scrapeMetrics(): Promise<{ text: string; contentType: string }> {
  const { registry, queueLength } = metrics();
  try {
    const [waiting, mail] = await Promise.all([countWaitingWork(getDb(), new Date()), countMailByStatus(getDb())]);
    queueLength.set({ queue: "jobs_due" }, waiting.jobsDue);
    queueLength.set({ queue: "scheduled_posts_due" }, waiting.scheduledPostsDue);
    queueLength.set({ queue: "mail_pending" }, mail.pending);
    queueLength.set({ queue: "mail_failed" }, mail.failed);
  } catch {
    // The database is down: no figures rather than stale ones; the rest still answers.
    queueLength.reset();
  }
  return { text: await registry.metrics(), contentType: registry.contentType };
}
