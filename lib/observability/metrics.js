// Prometheus metrics for one app server process (prom-client). app-server.js
// records requests and cache outcomes; the /metrics route handler (bundled by
// Next) reads the same registry through globalThis, and sums the server's other
// processes' (cluster-metrics.js).
import { Buffer } from "node:buffer";
import { timingSafeEqual } from "node:crypto";
import client from "prom-client";
import { isTrustedPeer, parseProxyList } from "../client-ip.js";
import { shareProcessMetrics } from "./cluster-metrics.js";

/**
 * @typedef {{
 *   registry: import("prom-client").Registry,
 *   databaseRegistry: import("prom-client").Registry,
 *   requestDuration: import("prom-client").Histogram<"route" | "method" | "status">,
 *   pageCache: import("prom-client").Counter<"layer" | "result">,
 *   invalidationLag: import("prom-client").Histogram<string>,
 *   queueLength: import("prom-client").Gauge<"queue">,
 *   sources: { pageMemory?: () => { entries: number, bytes: number } },
 * }} Metrics
 */

const KEY = Symbol.for("broadsheet.metrics");

/** @returns {Metrics} */
export function metrics() {
  const holder = /** @type {Record<symbol, Metrics | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= createMetrics());
}

/** @returns {Metrics} */
function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "broadsheet_" });
  /** @type {Metrics["sources"]} */
  const sources = {};
  const requestDuration = new client.Histogram({
    name: "broadsheet_http_request_duration_seconds",
    help: "Time from request to the last byte of the response, by route",
    labelNames: /** @type {const} */ (["route", "method", "status"]),
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pageCache = new client.Counter({
    name: "broadsheet_page_cache_requests_total",
    help: "Public page requests by cache layer (memory: pre-compressed pages in server.mjs; next: Next's page cache) and outcome",
    labelNames: /** @type {const} */ (["layer", "result"]),
    registers: [registry],
  });
  const invalidationLag = new client.Histogram({
    name: "broadsheet_cache_invalidation_lag_seconds",
    help: "From a cache tag's expiry being recorded in PostgreSQL (on any server) to this server applying it",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [registry],
  });
  // Figures of the shared database, read by whichever process answers the scrape:
  // kept apart so several processes' copies are never summed.
  const databaseRegistry = new client.Registry();
  const queueLength = new client.Gauge({
    name: "broadsheet_queue_length",
    help: "Work waiting in PostgreSQL, read at scrape time: jobs overdue, scheduled posts past their time, mail to send and mail that failed",
    labelNames: /** @type {const} */ (["queue"]),
    registers: [databaseRegistry],
  });
  new client.Gauge({
    name: "broadsheet_page_memory_bytes",
    help: "Bytes of pre-compressed pages held in this server's memory",
    registers: [registry],
    collect() {
      this.set(sources.pageMemory?.().bytes ?? 0);
    },
  });
  new client.Gauge({
    name: "broadsheet_page_memory_entries",
    help: "Pages held pre-compressed in this server's memory",
    registers: [registry],
    collect() {
      this.set(sources.pageMemory?.().entries ?? 0);
    },
  });
  shareProcessMetrics(registry);
  return { registry, databaseRegistry, requestDuration, pageCache, invalidationLag, queueLength, sources };
}

/**
 * Whether a caller may read /metrics: from an address in METRICS_ALLOW, or with
 * `Authorization: Bearer <METRICS_TOKEN>`. With neither configured, nobody may.
 * @param {{ METRICS_ALLOW?: string, METRICS_TOKEN?: string }} env
 * @param {{ ip: string, authorization: string | null }} request
 */
export function metricsAccessAllowed(env, { ip, authorization }) {
  if (env.METRICS_TOKEN && authorization) {
    const given = Buffer.from(authorization.replace(/^Bearer\s+/i, ""));
    const expected = Buffer.from(env.METRICS_TOKEN);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  }
  if (env.METRICS_ALLOW && ip !== "unknown") {
    try {
      return isTrustedPeer(ip, parseProxyList(env.METRICS_ALLOW));
    } catch {
      return false;
    }
  }
  return false;
}
