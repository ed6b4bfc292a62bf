// Production server: Next.js behind a plain Node HTTP server, which
// - works out the real client address (Next.js alone passes on X-Forwarded-For,
//   which any client can forge), trusting proxies only as configured;
// - sends the security headers, with a Content-Security-Policy nonce per response
//   written into each page's <script> tags, so pages can be cached and still run
//   only the scripts we sent;
// - compresses responses after that rewrite.
// `npm start` runs this. `next start` also works, without these three.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import compression from "compression";
import next from "next";
import { CLIENT_IP_HEADER, resolveClientIp } from "./lib/client-ip.js";
import { getEnv } from "./lib/env.js";
import { securityHeaders } from "./lib/security/headers.js";
import { injectNoncesIntoHtml } from "./lib/security/html-response.js";

const env = getEnv();
const https = env.SITE_URL.startsWith("https:");
const production = env.NODE_ENV === "production";
const app = next({ dev: false, hostname: env.HOST, port: env.PORT });
const handle = app.getRequestHandler();
const compress = compression();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = resolveClientIp({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedHops: env.TRUSTED_PROXY_HOPS,
  });
  const nonce = randomBytes(16).toString("base64");
  for (const [name, value] of Object.entries(securityHeaders({ nonce, https, production }))) res.setHeader(name, value);
  compress(req, res, () => {
    injectNoncesIntoHtml(req, res, nonce);
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
