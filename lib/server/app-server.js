// Production server: Next.js behind a plain Node HTTP server, which
// - works out the real client address (Next.js alone passes on X-Forwarded-For,
//   which any client can forge), trusting only the proxies the operator named;
// - sends the security headers, with a Content-Security-Policy for each page
//   that names its inline scripts by hash (the page itself is never rewritten);
// - compresses responses;
// - logs every request as a JSON line and counts it for /metrics.
// `npm start` (server.mjs) runs one of these per process (WEB_CONCURRENCY).
// `next start` also works, without these.
import { createServer } from "node:http";
import compression from "compression";
import next from "next";
import { CLIENT_IP_HEADER, isTrustedPeer, markClientIpServer, parseProxyList, resolveClientIp } from "../client-ip.js";
import { getEnv } from "../env.js";
import { completeResponse } from "../security/complete-response.js";
import { expireTags, flushCache, pageTags, installTagBroadcast } from "../cache/cache-handler.js";
import { accelExpires, etagOf, keepPage, pageKey, pageMemoryStats, PUBLIC_PAGE_CACHE_CONTROL, serveFromMemory } from "../cache/page-memory.js";
import { renderedPath } from "../routes/rewrites.js";
import { requestClock } from "../cache/request-clock.js";
import { startTagBroadcast } from "../cache/tag-broadcast.js";
import { logger, routeConsoleToLogger } from "../observability/logger.js";
import { metrics } from "../observability/metrics.js";
import { routeLabellerFromBuild } from "../observability/route-label.js";
import { assignRequestId, nextCacheOutcome, observeRequest } from "../observability/request-log.js";

const env = getEnv();
const log = logger();
routeConsoleToLogger(log);
const https = env.SITE_URL.startsWith("https:");
const production = env.NODE_ENV === "production";
const app = next({ dev: false, hostname: env.HOST, port: env.PORT });
const handle = app.getRequestHandler();
const trustedProxies = parseProxyList(env.TRUSTED_PROXIES);
markClientIpServer();
const compress = compression();
const stats = metrics();
stats.sources.pageMemory = pageMemoryStats;
await app.prepare();
const routeOf = routeLabellerFromBuild();
// Several app servers on one PostgreSQL: cache tags expired on any of them expire on all.
const broadcast = env.DATABASE_URL
  ? startTagBroadcast({
      url: env.DATABASE_URL,
      onExpire: (tags, durations) => expireTags(tags, durations ?? undefined),
      onFlushAll: flushCache,
      onLag: (ms) => stats.invalidationLag.observe(ms / 1000),
      log: (message, error) => log.error({ err: error }, message),
    })
  : undefined;
installTagBroadcast(broadcast);

// Whether a connection comes from a declared proxy: worked out once per connection
// (keep-alive connections from nginx carry thousands of requests).
const PEER_TRUSTED = Symbol("broadsheet.peer-trusted");

/** @param {import("node:net").Socket & { [PEER_TRUSTED]?: boolean }} socket */
function fromTrustedProxy(socket) {
  socket[PEER_TRUSTED] ??= env.TRUSTED_PROXY_HOPS > 0 && isTrustedPeer(socket.remoteAddress, trustedProxies);
  return socket[PEER_TRUSTED];
}

const server = createServer((req, res) => {
  const startedAtNs = process.hrtime.bigint();
  const fromProxy = fromTrustedProxy(req.socket);
  const id = assignRequestId(req, fromProxy);
  /** @type {import("../observability/request-log.js").CacheOutcome | null} */
  let cache = null;
  const pathname = (req.url ?? "/").split("?", 1)[0] ?? "/";
  observeRequest(req, res, { id, route: routeOf(pathname), startedAt: startedAtNs, log, metrics: stats, cache: () => cache ?? nextCacheOutcome(res) });
  // A hot public page is answered from memory, pre-compressed, without entering Next.
  const key = pageKey(req);
  if (key !== null) {
    if (serveFromMemory(req, res, key, ["X-Request-Id", id])) {
      cache = { layer: "memory", result: res.statusCode === 304 ? "not_modified" : "hit" };
      return;
    }
    stats.pageCache.inc({ layer: "memory", result: "miss" });
  }
  res.setHeader("X-Request-Id", id);
  req.headers[CLIENT_IP_HEADER] = resolveClientIp({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedHops: env.TRUSTED_PROXY_HOPS,
    trustedProxies,
  });
  // Forwarded host and scheme mean something only when a declared proxy set them.
  if (!fromProxy) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
  }
  const startedAt = Date.now();
  // The cache handler dates what this request stores by when it began (see readBefore there).
  requestClock().run(startedAt, () =>
    compress(req, res, () => {
      /** @type {string | undefined} */
      let nextCache;
      completeResponse(res, {
        https,
        production,
        head: req.method === "HEAD",
        onDocument: (verdict) => {
          nextCache = verdict;
          if (verdict) cache = { layer: "next", result: verdict.toLowerCase() };
        },
        onHtml: (body) => cachedPage(req, res, key, body, startedAt, nextCache),
      });
      void handle(req, res);
    }),
  );
});

/**
 * A page from Next's cache (the same bytes for every reader): shared caches may
 * keep it a second and serve it stale while refreshing; browsers revalidate by
 * ETag. Kept in memory for the next request when it can be.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {string | null} key @param {Buffer} body @param {number} startedAt
 * @param {string | undefined} nextCache what Next's page cache said (HIT, MISS, STALE), undefined for dynamic pages
 */
function cachedPage(req, res, key, body, startedAt, nextCache) {
  if (res.statusCode !== 200 || nextCache === undefined || res.getHeader("set-cookie") !== undefined) return;
  res.setHeader("Cache-Control", PUBLIC_PAGE_CACHE_CONTROL);
  res.setHeader("X-Accel-Expires", accelExpires());
  res.setHeader("ETag", etagOf(body));
  if (key === null || req.method !== "GET") return;
  const page = { status: 200, headers: { ...res.getHeaders(), "x-nextjs-cache": nextCache }, body, tags: pageTags(renderedPath(key)), startedAt };
  keepPage(key, page).catch((error) => log.error({ err: error }, "couldn't keep a page in memory"));
}

// A port that is taken or not ours to open: nothing to serve, so stop (Next's own
// handlers would otherwise keep the process alive, listening nowhere).
server.once("error", (error) => {
  log.fatal({ err: error, port: env.PORT, host: env.HOST }, "couldn't listen");
  process.exit(1);
});
server.listen(env.PORT, env.HOST, () => {
  log.info({ port: env.PORT, host: env.HOST }, `listening on http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => void (broadcast?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
