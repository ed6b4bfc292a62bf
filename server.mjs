// Production server: Next.js behind a plain Node HTTP server, so the app learns
// the real client address (Next.js alone only passes on X-Forwarded-For, which any
// client can forge). `npm start` runs this; `next start` would work but every
// request would look as if it came from the same place.
import { createServer } from "node:http";
import next from "next";
import { CLIENT_IP_HEADER, resolveClientIp } from "./lib/client-ip.js";
import { getEnv } from "./lib/env.js";

const env = getEnv();
const app = next({ dev: false, hostname: env.HOST, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = resolveClientIp({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedHops: env.TRUSTED_PROXY_HOPS,
  });
  void handle(req, res);
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
