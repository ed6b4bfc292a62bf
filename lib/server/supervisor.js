// The first process of `npm start` when it runs several: starts the app server
// processes (node:cluster; they share the port), starts another when one dies,
// passes a stop on to all of them, and sums their figures for /metrics. It
// serves no requests and loads neither Next nor the database.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { answerMetricsRequests } from "../observability/cluster-metrics.js";
import { logger } from "../observability/logger.js";

const RESTART_DELAY_MS = 1_000;
// More deaths than this in a minute is a crash loop: stop and let the service manager see it.
const MAX_RESTARTS_PER_MINUTE = 5;
const STOP_GRACE_MS = 10_000;

/** @param {number} count */
export function superviseAppServers(count) {
  const log = logger();
  /** @type {Set<number>} workers that have started listening */
  const serving = new Set();
  /** @type {number[]} */
  const restarts = [];
  let stopping = false;
  let exitCode = 0;

  // The scheduler in each process calls the server's own port, which any process may
  // answer: they must all accept the same token.
  const processEnv = { BROADSHEET_JOBS_TOKEN: randomBytes(32).toString("hex") };
  const start = () => cluster.fork(processEnv);

  answerMetricsRequests(() =>
    Object.values(cluster.workers ?? {}).filter(
      /** @returns {worker is import("node:cluster").Worker} */ (worker) => worker !== undefined && serving.has(worker.id) && worker.isConnected(),
    ),
  );
  cluster.on("listening", (worker) => serving.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    const wasServing = serving.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    if (!wasServing) {
      // It never got as far as listening (port taken, database unreachable, bad
      // setting): another would fail the same way. Stop as one process would.
      log.fatal({ processId: worker.process.pid, code, signal }, "an app server process failed to start");
      stopAll(code || 1);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && (restarts[0] ?? now) < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      log.fatal({ restarts: restarts.length }, "app server processes keep dying; stopping");
      stopAll(1);
      return;
    }
    log.error({ processId: worker.process.pid, code, signal }, "an app server process stopped; starting another");
    setTimeout(() => !stopping && start(), RESTART_DELAY_MS);
  });

  /** @param {number} code */
  function stopAll(code) {
    stopping = true;
    exitCode = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), STOP_GRACE_MS).unref();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
  }

  for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
    process.on(signal, () => {
      if (!stopping) stopAll(0);
    });
  }
  log.info({ processes: count }, `starting ${count} app server processes`);
  for (let i = 0; i < count; i++) start();
}
