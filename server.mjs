// Production server: Next.js behind a plain Node HTTP server, which
// - works out the real client address (Next.js alone passes on X-Forwarded-For,
//   which any client can forge), trusting only the proxies the operator named;
// - sends the security headers, with a Content-Security-Policy for each page
//   that names its inline scripts by hash (the page itself is never rewritten);
// - compresses responses.
// `npm start` runs this. `next start` also works, without these three.
import { createServer } from "node:http";
import compression from "compression";
import next from "next";
import { CLIENT_IP_HEADER, isTrustedPeer, markClientIpServer, parseProxyList, resolveClientIp } from "./lib/client-ip.js";
import { getEnv } from "./lib/env.js";
import { completeResponse } from "./lib/security/complete-response.js";

const env = getEnv();
const https = env.SITE_URL.startsWith("https:");
const production = env.NODE_ENV === "production";
const app = next({ dev: false, hostname: env.HOST, port: env.PORT });
const handle = app.getRequestHandler();
const trustedProxies = parseProxyList(env.TRUSTED_PROXIES);
markClientIpServer();
const compress = compression();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = resolveClientIp({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedHops: env.TRUSTED_PROXY_HOPS,
    trustedProxies,
  });
  // Forwarded host and scheme mean something only when a declared proxy set them.
  if (env.TRUSTED_PROXY_HOPS === 0 || !isTrustedPeer(req.socket.remoteAddress, trustedProxies)) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
  }
  compress(req, res, () => {
    completeResponse(res, { https, production, head: req.method === "HEAD" });
    void handle(req, res);
  });
});

server.listen(env.PORT, env.HOST, () => {
  console.log(`[broadsheet] listening on http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
