import type { Database } from "@/db/client";
import { purgeOldTrash } from "@/db/queries/trash-purge";

export interface Job {
  name: string;
  everyMs: number;
  /** Runs inside the transaction that holds the job's row; returns a one-line summary. */
  run(tx: Database, now: Date): Promise<string>;
}

export const TRASH_RETENTION_DAYS = 30;

export const jobs: Job[] = [
  {
    name: "purge-trash",
    everyMs: 60 * 60_000,
    async run(tx, now) {
      const ids = await purgeOldTrash(tx, { olderThanDays: TRASH_RETENTION_DAYS, now });
      return `deleted ${ids.length} comment(s) trashed over ${TRASH_RETENTION_DAYS} days ago`;
    },
  },
];
