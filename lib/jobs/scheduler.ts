import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/observability/logger.js";

// Jobs run inside a request to this same server (POST /api/internal/jobs), because
// Next.js only expires cache tags from within a request. The token is made at
// start-up and lives in this server only: nothing outside it can trigger a run.
// Under npm start's supervisor the call may reach any of the server's processes,
// so the supervisor makes one token for all of them (BROADSHEET_JOBS_TOKEN).

const TOKEN_KEY = Symbol.for("broadsheet.jobs-token");
const WAKE_KEY = Symbol.for("broadsheet.jobs-wake");
type TokenHolder = { [TOKEN_KEY]?: string; [WAKE_KEY]?: (at: Date) => void };

export function jobsToken(): string | undefined {
  return (globalThis as TokenHolder)[TOKEN_KEY];
}

const TICK_MS = 10_000;
let started = false;

/**
 * A post was just scheduled on this server: make sure the jobs run at its time even
 * if that falls before the next regular check. (Other servers find it on their next check.)
 */
export function wakeSchedulerAt(at: Date): void {
  (globalThis as TokenHolder)[WAKE_KEY]?.(at);
}

/** Called once per server process (instrumentation.ts). Every server asks; PostgreSQL picks one per job. */
export function startJobScheduler(): void {
  if (started) return;
  started = true;
  const env = getEnv();
  const token = env.BROADSHEET_JOBS_TOKEN ?? randomBytes(32).toString("hex");
  (globalThis as TokenHolder)[TOKEN_KEY] = token;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT}/api/internal/jobs`;
  let wake: NodeJS.Timeout | undefined;
  let wakeTime = Infinity;
  const startedAt = Date.now();

  // Runs the jobs at `at` when that comes before the next regular check and before
  // any wake already set. A time already past (another server may hold the job this
  // very second) is retried a second later, never in a tight loop.
  const wakeAt = (at: Date) => {
    const wait = at.getTime() - Date.now();
    if (wait >= TICK_MS || at.getTime() >= wakeTime) return;
    clearTimeout(wake);
    wakeTime = at.getTime();
    wake = setTimeout(
      () => {
        wakeTime = Infinity;
        void tick();
      },
      wait > 0 ? wait + 50 : 1_000,
    );
    wake.unref();
  };
  (globalThis as TokenHolder)[WAKE_KEY] = wakeAt;

  const tick = async () => {
    try {
      const response = await fetch(url, { method: "POST", headers: { "x-broadsheet-jobs": token } });
      if (!response.ok) throw new Error(`jobs endpoint answered ${response.status}`);
      const { nextScheduledAt } = (await response.json()) as { nextScheduledAt: string | null };
      // A post scheduled before the next tick gets a run of its own, on the second.
      if (nextScheduledAt) wakeAt(new Date(nextScheduledAt));
    } catch (error) {
      // The first checks can come before the server listens; that is not worth a log line.
      if (Date.now() - startedAt > 60_000) logger().error({ err: error }, "scheduled jobs failed");
    }
  };
  setInterval(() => void tick(), TICK_MS).unref();
  setTimeout(() => void tick(), 3_000).unref();
}
