import { fileURLToPath } from "node:url";
import { getEnv } from "./lib/env.js";
import { rewrites } from "./lib/routes/rewrites.js";

// Fail the build and the server start at once when the environment is wrong.
getEnv();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Pages and data are cached in memory, bounded by size, never on disk; misses
  // are not kept (lib/cache/cache-handler.js).
  cacheHandler: fileURLToPath(new URL("./lib/cache/cache-handler.js", import.meta.url)),
  cacheMaxMemorySize: 0,
  // server.mjs compresses, once it has each page whole (for its CSP script hashes).
  compress: false,
  reactStrictMode: true,
  // Native and WASM packages must be loaded by Node, not bundled; the logger and
  // metrics too, so the app and server.mjs share one instance of each.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "prom-client"],
  // forbidden(): a real 403 page when a signed-in user lacks the role.
  // Server actions carry post bodies and cover images: allow more than the 1 MB
  // default so the editor can answer an oversized one with a message, not a failure.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "12mb" } },
  rewrites() {
    return Promise.resolve(rewrites);
  },
};

export default nextConfig;
