import { getDb } from "@/db";
import { claimDueJob, finishJob } from "@/db/queries/scheduled-jobs";
import { type Job, jobs } from "./jobs";

/**
 * Runs every job that is due and not already running on another server. Each job
 * runs in its own transaction, holding its row; its next run is set in the same
 * transaction, so a crash mid-job simply leaves it due.
 */
export async function runDueJobs(options: { now?: Date; only?: Job[] } = {}): Promise<Record<string, string>> {
  const ran: Record<string, string> = {};
  for (const job of options.only ?? jobs) {
    const now = options.now ?? new Date();
    await getDb().transaction(async (tx) => {
      if (!(await claimDueJob(tx, job.name, now))) return;
      const summary = await job.run(tx, now);
      await finishJob(tx, job.name, { at: now, next: new Date(now.getTime() + job.everyMs), summary });
      ran[job.name] = summary;
    });
  }
  return ran;
}

let timer: NodeJS.Timeout | undefined;

/** Called once per server process (instrumentation.ts). Every server checks each minute; PostgreSQL picks one. */
export function startJobScheduler(intervalMs = 60_000): void {
  if (timer) return;
  const tick = () => {
    runDueJobs().catch((error: unknown) => console.error("[broadsheet] scheduled job failed", error));
  };
  timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 5_000).unref();
}
