// How many Node processes `npm start` runs on one machine. Node answers requests
// on one core per process; the app keeps nothing between requests that another
// process can't see (sessions, limits, jobs and cache expiry are in PostgreSQL),
// so more processes are simply more app servers sharing one port.
import { availableParallelism } from "node:os";

/**
 * WEB_CONCURRENCY, "auto" meaning one per core; always one on the embedded
 * database, which a single process owns.
 * @param {{ WEB_CONCURRENCY: "auto" | number, DATABASE_URL?: string }} env @param {number} [cores]
 * @returns {number}
 */
export function serverProcesses(env, cores = availableParallelism()) {
  if (!env.DATABASE_URL) return 1;
  return env.WEB_CONCURRENCY === "auto" ? cores : env.WEB_CONCURRENCY;
}
