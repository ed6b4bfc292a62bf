// Two production app servers on one PostgreSQL database behind nginx configured
// from deploy/nginx/broadsheet.conf, as an operator would run them. Uses the
// production build the e2e web server made (.next), so nothing is built twice.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { testDatabaseUrl } from "../../db/testing/test-database";

export const clusterDatabaseUrl = testDatabaseUrl("scaleout");

/** nginx's path, or null when it isn't installed (the scale-out test is then skipped). */
export const nginxPath = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate)) ?? null;

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

/** The shipped recipe, pointed at these ports and a scratch folder, wrapped in a complete nginx.conf. */
function nginxConfig(dir: string, frontPort: number, appPorts: number[]): string {
  let site = readFileSync(path.resolve("deploy/nginx/broadsheet.conf"), "utf8");
  const upstream = appPorts.map((port) => `    server 127.0.0.1:${port} max_fails=2 fail_timeout=5s;`).join("\n");
  site = site.replace(/(upstream broadsheet_app \{\n)(?:\s*#.*\n)?(?:\s*server 127\.0\.0\.1:\d+[^\n]*\n)+/, `$1${upstream}\n`);
  site = site.replaceAll("/var/cache/nginx/broadsheet", path.join(dir, "cache"));
  site = site.replace(/listen 80;/, `listen 127.0.0.1:${frontPort};`).replace(/\s*listen \[::\]:80;/, "");
  if (!site.includes(`127.0.0.1:${appPorts[0]}`)) throw new Error("deploy/nginx/broadsheet.conf no longer has the upstream block this test rewrites");
  writeFileSync(path.join(dir, "broadsheet.conf"), site);
  const asRoot = process.getuid?.() === 0;
  return [
    asRoot ? "user root;" : "",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${path.join(dir, `${name}-temp`)};`),
    `  include ${path.join(dir, "broadsheet.conf")};`,
    "}",
  ].join("\n");
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
  };
  const logFiles = appPorts.map((port) => path.join(dir, `server-${port}.log`));
  const servers = appPorts.map((port, i) => {
    const out = openSync(logFiles[i]!, "a");
    const child = spawn("node", ["server.mjs"], { env: { ...env, PORT: String(port) }, stdio: ["ignore", out, "inherit"] });
    closeSync(out);
    return child;
  });
  await Promise.all(servers.map((server, i) => waitFor(`http://127.0.0.1:${appPorts[i]}/api/health`, server)));

  writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, frontPort, appPorts));
  execFileSync(nginxPath, ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")], { stdio: "inherit" });
  const nginx = spawn(nginxPath, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`http://127.0.0.1:${frontPort}/api/health`, nginx);

  const sql = postgres(clusterDatabaseUrl, { max: 2, onnotice: () => {} });
  return {
    servers: appPorts.map((port) => `http://127.0.0.1:${port}`),
    front: `http://127.0.0.1:${frontPort}`,
    logs: () => logFiles.map((file) => readFileSync(file, "utf8")),
    metricsToken: env.METRICS_TOKEN!,
    sql,
    async stop() {
      await sql.end({ timeout: 5 });
      for (const child of [nginx, ...servers]) child.kill("SIGTERM");
      await Promise.all([nginx, ...servers].map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
