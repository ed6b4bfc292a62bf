// Playwright's web server: a fresh database with demo content, a production build,
// then `next start`. PostgreSQL when TEST_DATABASE_URL is set (a local server only),
// otherwise a new embedded PGlite folder that the server migrates and seeds itself.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedDemo } from "../../lib/demo-content";
import { recreateDatabase, testDatabaseUrl } from "../../db/testing/test-database";

const port = process.argv[2] ?? "3100";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  // Tests stand in for a proxy, so each can be a different client (see support/test.ts).
  TRUSTED_PROXY_HOPS: "1",
  // One line per request would bury the test report; warnings and errors still show.
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  // One process: the browsers share the machine's cores. The scale-out test runs
  // servers of several processes each (support/cluster.ts).
  WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "1",
};

const url = testDatabaseUrl("e2e");
if (url) {
  await recreateDatabase(url);
  const handle = openDatabase({ url, dataDir: "" });
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  await handle.close();
  env.DATABASE_URL = url;
  // PostgreSQL deployments must bring their own session key.
  env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
} else {
  delete env.DATABASE_URL;
  env.BROADSHEET_DATA_DIR = path.join(".test-data", `e2e-${Date.now()}`);
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  execFileSync("node", ["scripts/clear-data-cache.mjs"], { stdio: "inherit" });
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env });
}

const server = spawn("node", ["server.mjs"], { stdio: "inherit", env: { ...env, PORT: port, HOST: "127.0.0.1" } });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  if (env.BROADSHEET_DATA_DIR?.startsWith(".test-data")) {
    rmSync(env.BROADSHEET_DATA_DIR, { recursive: true, force: true });
  }
  process.exit(code ?? 0);
});
