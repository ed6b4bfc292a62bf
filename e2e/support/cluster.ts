// Two production app servers on one PostgreSQL database behind nginx configured
// from deploy/nginx/broadsheet.conf, as an operator would run them. Uses the
// production build the e2e web server made (.next), so nothing is built twice.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { testDatabaseUrl } from "../../db/testing/test-database";
import { nginxPath, recipeSite, startNginx } from "../../deploy/nginx/local";

export const clusterDatabaseUrl = testDatabaseUrl("scaleout");

/** nginx's path, or null when it isn't installed (the scale-out test is then skipped). */
export { nginxPath };

export interface Cluster {
  /** The app servers, each reached directly. */
  servers: string[];
  /** nginx in front of them. */
  front: string;
  /** Each server's stdout (its JSON log lines) so far. */
  logs(): string[];
  /** The bearer token /metrics takes on every server. */
  metricsToken: string;
  sql: postgres.Sql;
  stop(): Promise<void>;
}

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 40;

async function waitFor(url: string, process: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`${url} exited with ${process.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

export async function startCluster(): Promise<Cluster> {
  if (!clusterDatabaseUrl || !nginxPath) throw new Error("startCluster needs TEST_DATABASE_URL and nginx");
  execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/support/prepare-database.ts", clusterDatabaseUrl], { stdio: "inherit" });

  const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-cluster-"));
  mkdirSync(path.join(dir, "cache"));
  const frontPort = BASE_PORT;
  const appPorts = [BASE_PORT + 1, BASE_PORT + 2];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: clusterDatabaseUrl,
    // Every server signs and reads the same sessions.
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SITE_URL: `http://127.0.0.1:${frontPort}`,
    HOST: "127.0.0.1",
    TRUSTED_PROXY_HOPS: "1",
    TRUSTED_PROXIES: "127.0.0.1/8",
    BROADSHEET_JOBS: "on",
    MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
    METRICS_TOKEN: randomBytes(16).toString("hex"),
    LOG_LEVEL: "info",
    // Each server as `npm start` runs it on a machine with several cores.
    WEB_CONCURRENCY: "2",
  };
  const logFiles = appPorts.map((port) => path.join(dir, `server-${port}.log`));
  const servers = appPorts.map((port, i) => {
    const out = openSync(logFiles[i]!, "a");
    const child = spawn("node", ["server.mjs"], { env: { ...env, PORT: String(port) }, stdio: ["ignore", out, "inherit"] });
    closeSync(out);
    return child;
  });
  await Promise.all(servers.map((server, i) => waitFor(`http://127.0.0.1:${appPorts[i]}/api/health`, server)));

  const nginx = await startNginx(dir, recipeSite(dir, frontPort, appPorts), { probe: `http://127.0.0.1:${frontPort}/api/health` });

  const sql = postgres(clusterDatabaseUrl, { max: 2, onnotice: () => {} });
  return {
    servers: appPorts.map((port) => `http://127.0.0.1:${port}`),
    front: `http://127.0.0.1:${frontPort}`,
    logs: () => logFiles.map((file) => readFileSync(file, "utf8")),
    metricsToken: env.METRICS_TOKEN!,
    sql,
    async stop() {
      await sql.end({ timeout: 5 });
      for (const child of servers) child.kill("SIGTERM");
      await Promise.all([nginx.stop(), ...servers.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve))))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
