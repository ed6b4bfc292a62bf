// One log line and one duration sample per request, written when the response
// has gone out.
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";
const GOOD_ID = /^[A-Za-z0-9._:-]{8,128}$/;
// Machines calling every few seconds: logged only at LOG_LEVEL=debug.
const QUIET_ROUTES = new Set(["/api/health", "/api/internal/jobs", "/metrics"]);

/**
 * The request's id: a trusted proxy's (nginx's $request_id) so the two logs
 * line up, else a new one. Set on the request for the app; the caller sends it
 * back as X-Request-Id.
 * @param {import("node:http").IncomingMessage} req
 * @param {boolean} fromTrustedProxy
 */
export function assignRequestId(req, fromTrustedProxy) {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = fromTrustedProxy && typeof given === "string" && GOOD_ID.test(given) ? given : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}

/**
 * @typedef {{ layer: "memory" | "next" | null, result: string | null }} CacheOutcome
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 * @param {{
 *   id: string,
 *   route: string,
 *   startedAt: bigint,
 *   log: import("pino").Logger,
 *   metrics: import("./metrics.js").Metrics,
 *   cache: () => CacheOutcome,
 * }} context
 */
export function observeRequest(req, res, { id, route, startedAt, log, metrics, cache }) {
  const done = (/** @type {boolean} */ aborted) => {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const status = aborted && !res.headersSent ? 499 : res.statusCode;
    metrics.requestDuration.observe({ route, method: req.method ?? "GET", status: String(status) }, seconds);
    const outcome = cache();
    if (outcome.layer && outcome.result) metrics.pageCache.inc({ layer: outcome.layer, result: outcome.result });
    // The path is not logged: addresses carry reset and unsubscribe tokens; the route names the page.
    log[QUIET_ROUTES.has(route) && status < 500 ? "debug" : "info"](
      {
        reqId: id,
        method: req.method,
        route,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        bytes: Number(res.getHeader("content-length")) || undefined,
        cache: outcome.layer ? `${outcome.layer}:${outcome.result}` : undefined,
        aborted: aborted || undefined,
      },
      "request",
    );
  };
  res.once("finish", () => done(false));
  res.once("close", () => {
    if (!res.writableFinished) done(true);
  });
}

/**
 * What Next's page cache said about a response (its x-nextjs-cache header).
 * @param {import("node:http").ServerResponse} res @returns {CacheOutcome}
 */
export function nextCacheOutcome(res) {
  const header = res.getHeader("x-nextjs-cache");
  if (typeof header !== "string") return { layer: null, result: null };
  return { layer: "next", result: header.toLowerCase() };
}
