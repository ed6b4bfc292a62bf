import "server-only";
import { countWaitingWork } from "@/db/queries/jobs";
import { getDb } from "@/lib/db";
import { metrics } from "./metrics.js";

/** The metrics text for one scrape, with the shared database's queues read now. */
export async function scrapeMetrics(): Promise<{ text: string; contentType: string }> {
  const { registry, queueLength } = metrics();
  try {
    const waiting = await countWaitingWork(getDb(), new Date());
    queueLength.set({ queue: "jobs_due" }, waiting.jobsDue);
    queueLength.set({ queue: "scheduled_posts_due" }, waiting.scheduledPostsDue);
  } catch {
    // The database is down: no figures rather than stale ones; the rest still answers.
    queueLength.reset();
  }
  return { text: await registry.metrics(), contentType: registry.contentType };
}
