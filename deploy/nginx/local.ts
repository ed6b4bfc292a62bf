// Runs nginx as an ordinary process on a scratch folder, with the shipped recipe
// (broadsheet.conf) pointed at local ports: for the scale-out test and the
// benchmark, which must measure the file operators install, not a copy of it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** nginx's path, or null when it isn't installed. */
export const nginxPath = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate)) ?? null;

/** deploy/nginx/broadsheet.conf with its upstream, port and cache folder replaced. */
export function recipeSite(dir: string, frontPort: number, appPorts: number[]): string {
  let site = readFileSync(path.resolve("deploy/nginx/broadsheet.conf"), "utf8");
  const upstream = appPorts.map((port) => `    server 127.0.0.1:${port} max_fails=2 fail_timeout=5s;`).join("\n");
  site = site.replace(/(upstream broadsheet_app \{\n)(?:\s*#.*\n)?(?:\s*server 127\.0\.0\.1:\d+[^\n]*\n)+/, `$1${upstream}\n`);
  site = site.replaceAll("/var/cache/nginx/broadsheet", path.join(dir, "cache"));
  site = site.replace(/listen 80;/, `listen 127.0.0.1:${frontPort};`).replace(/\s*listen \[::\]:80;/, "");
  if (!site.includes(`127.0.0.1:${appPorts[0]}`)) throw new Error("deploy/nginx/broadsheet.conf no longer has the upstream block this rewrites");
  return site;
}

/** Starts nginx on `dir` with `site` as its only server block(s); resolves once `probe` answers. */
export async function startNginx(dir: string, site: string, { workers = "1", probe }: { workers?: string; probe: string }): Promise<{ process: ChildProcess; stop: () => Promise<void> }> {
  if (!nginxPath) throw new Error("nginx is not installed");
  mkdirSync(path.join(dir, "cache"), { recursive: true });
  writeFileSync(path.join(dir, "site.conf"), site);
  const conf = [
    process.getuid?.() === 0 ? "user root;" : "",
    `worker_processes ${workers};`,
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 4096; }",
    "http {",
    // As Debian's /etc/nginx/nginx.conf has it, which the recipe is included from.
    "  sendfile on;",
    "  tcp_nopush on;",
    "  types_hash_max_size 2048;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${path.join(dir, `${name}-temp`)};`),
    `  include ${path.join(dir, "site.conf")};`,
    "}",
  ].join("\n");
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const args = ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")];
  execFileSync(nginxPath, ["-t", "-q", ...args], { stdio: "inherit" });
  const child = spawn(nginxPath, [...args, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    try {
      if ((await fetch(probe)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${probe} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
