import "server-only";
import { getDb } from "@/lib/db";
import { claimDueJob, finishJob } from "@/db/queries/jobs";
import { type Job, jobs } from "./jobs";
import { logger } from "@/lib/observability/logger.js";

/**
 * Runs every job that is due and not already running on another server. Each job
 * runs in its own transaction, holding its row; its next run is set in the same
 * transaction, so a crash mid-job simply leaves it due. Cache tags a job names are
 * handed to `invalidate` only after its transaction commits, so nobody re-renders
 * from the old rows.
 */
export async function runDueJobs(
  options: { now?: Date; only?: Job[]; invalidate?: (tags: string[]) => void } = {},
): Promise<Record<string, string>> {
  const ran: Record<string, string> = {};
  for (const job of options.only ?? jobs) {
    const now = options.now ?? new Date();
    const tags = new Set<string>();
    const after: (() => Promise<void>)[] = [];
    await getDb().transaction(async (tx) => {
      if (!(await claimDueJob(tx, job.name, now))) return;
      const summary = await job.run(tx, now, { invalidate: (tag) => tags.add(tag), afterCommit: (task) => after.push(task) });
      await finishJob(tx, job.name, { at: now, next: new Date(now.getTime() + job.everyMs), summary });
      ran[job.name] = summary;
    });
    if (tags.size) options.invalidate?.([...tags]);
    for (const task of after) {
      try {
        await task();
      } catch (error) {
        // The job itself committed; what follows it is retried on its next run.
        logger().error({ err: error, job: job.name }, "work after a job failed");
      }
    }
  }
  return ran;
}
