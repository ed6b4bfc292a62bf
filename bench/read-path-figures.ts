// The read path against its ceiling: the same article page served by nginx from
// a saved, pre-compressed file (gzip_static), by one app server (npm start), and
// by the shipped recipe (nginx micro-cache in front of two app servers).
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { asc, eq } from "drizzle-orm";
import { comments } from "@/db/schema";
import { getDb } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { startTagBroadcast } from "@/lib/cache/tag-broadcast.js";
import { parseEnv } from "@/lib/env.js";
import { serverProcesses } from "@/lib/server/processes.js";
import { nginxPath, recipeSite, startNginx } from "../deploy/nginx/local";
import { freePort, startServer } from "./page-figures";
import { audit, type LighthouseFigures, lighthouseAvailable } from "./lighthouse";
import { load, loadGenerator, type LoadResult } from "./load";
import { heading, line, ms } from "./stats";

/** Of runs of one target, the one with the most requests per second (and its latencies). */
const best = (runs: LoadResult[]) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;
const figures = (result: LoadResult) =>
  `${Math.round(result.requestsPerSecond).toLocaleString("en-GB")} req/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}${result.errors ? `, ${result.errors} errors` : ""}`;

/** The gzip size of every script an article page loads in a modern browser (noModule polyfills skipped). */
async function articleJavaScript(base: string, html: string): Promise<{ files: number; gzipBytes: number }> {
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
  let gzipBytes = 0;
  for (const src of new Set(sources)) gzipBytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length;
  return { files: new Set(sources).size, gzipBytes };
}

/**
 * Approves a held comment as another app server would (status changed, expiry
 * recorded and broadcast), and times until each address's page shows it.
 */
async function approvalVisible(urls: string[], databaseUrl: string, post: { id: number; slug: string }): Promise<number[]> {
  const marker = `approvalbench${randomBytes(4).toString("hex")}`;
  // A reply to the first comment, so it shows on the first page of the thread (50 comments fill it).
  const [first] = await getDb().select({ id: comments.id }).from(comments).where(eq(comments.postId, post.id)).orderBy(asc(comments.id)).limit(1);
  const [held] = await getDb()
    .insert(comments)
    .values({ postId: post.id, parentId: first?.id ?? null, rootId: first?.id ?? null, depth: first ? 1 : 0, authorName: "Held Reader", authorEmail: "held@example.test", body: `${marker} waiting`, status: "pending" })
    .returning({ id: comments.id });
  const pages = urls.map((base) => `${base}/posts/${post.slug}`);
  for (let i = 0; i < 3; i++) for (const url of pages) await (await fetch(url)).text();
  const broadcast = startTagBroadcast({ url: databaseUrl, onExpire: () => {} });
  try {
    await broadcast.catchUp();
    const started = performance.now();
    await getDb().update(comments).set({ status: "approved" }).where(eq(comments.id, held!.id));
    await broadcast.publish([cacheTags.postComments(post.id), cacheTags.commentCounts]);
    return await Promise.all(
      pages.map(async (url) => {
        while (performance.now() - started < 10_000) {
          if ((await (await fetch(url)).text()).includes(marker)) return performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return Infinity;
      }),
    );
  } finally {
    await broadcast.close();
  }
}

export async function measureReadPath(env: Record<string, string | undefined>, post: { id: number; slug: string }): Promise<void> {
  heading(`Read path: article with 50 approved comments, ${loadGenerator}, 50 connections, 10 s each, gzip accepted`);
  if (!nginxPath || !env.DATABASE_URL) {
    line("skipped", !nginxPath ? "nginx is not installed (apt-get install nginx)" : "needs PostgreSQL: two app servers share one database");
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-readpath-"));
  const shared = { AUTH_SECRET: randomBytes(32).toString("base64url"), TRUSTED_PROXY_HOPS: "1", TRUSTED_PROXIES: "127.0.0.1/8", LOG_LEVEL: "warn" };
  const servers = await Promise.all([startServer(env, shared), startServer(env, shared)]);
  const stops: (() => Promise<void>)[] = servers.map((server) => server.stop);
  try {
    const a = servers[0];
    const processes = serverProcesses(parseEnv({ ...process.env, ...env }));
    const article = `/posts/${post.slug}`;
    // Cached by the app (rendered once, then held pre-compressed in memory).
    for (let i = 0; i < 3; i++) for (const server of servers) await (await fetch(`${server.base}${article}`)).text();
    const html = await (await fetch(`${a.base}${article}`, { headers: { "accept-encoding": "identity" } })).text();
    const js = await articleJavaScript(a.base, html);
    line("article HTML", `${(Buffer.byteLength(html) / 1024).toFixed(1)} kB, ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
    line("article JavaScript (modern browsers)", `${(js.gzipBytes / 1024).toFixed(1)} kB gzip in ${js.files} files`);

    // The ceiling: nginx sending the saved page, compressed ahead of time.
    const staticDir = path.join(dir, "static");
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, "article.html"), html);
    writeFileSync(path.join(staticDir, "article.html.gz"), gzipSync(html, { level: 9 }));
    const staticPort = await freePort();
    const staticSite = `server {\n  listen 127.0.0.1:${staticPort};\n  root ${staticDir};\n  gzip_static on;\n  location = /article { default_type text/html; try_files /article.html =404; }\n}\n`;
    const staticNginx = await startNginx(path.join(dir, "static-nginx"), staticSite, { workers: "auto", probe: `http://127.0.0.1:${staticPort}/article` });
    stops.push(staticNginx.stop);
    // Not a target: the same file with the headers the app sends with the page
    // (its CSP, Vary, Cache-Control…), to show what those bytes cost any server.
    const pageHeaders = [...(await fetch(`${a.base}${article}`, { headers: { "accept-encoding": "gzip" } })).headers]
      .filter(([name]) => !["content-length", "content-encoding", "content-type", "date", "connection", "keep-alive", "etag", "x-request-id", "x-accel-expires"].includes(name))
      .map(([name, value]) => `    add_header ${name} "${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}";`);
    const headedPort = await freePort();
    const headedSite = `server {\n  listen 127.0.0.1:${headedPort};\n  root ${staticDir};\n  gzip_static on;\n  location = /article {\n    default_type "text/html; charset=utf-8";\n${pageHeaders.join("\n")}\n    try_files /article.html =404;\n  }\n}\n`;
    const headedNginx = await startNginx(path.join(dir, "headed-nginx"), headedSite, { workers: "auto", probe: `http://127.0.0.1:${headedPort}/article` });
    stops.push(headedNginx.stop);
    // Not a target either: the ceiling with the open-file cache the recipe sets (its
    // own lines, read from the recipe), so the recipe is also compared with a static
    // server tuned the same way.
    const recipeOpenFileCache = readFileSync(path.resolve("deploy/nginx/broadsheet.conf"), "utf8").match(/^\s*open_file_cache\S*\s[^\n]*;$/gm) ?? [];
    if (recipeOpenFileCache.length === 0) throw new Error("deploy/nginx/broadsheet.conf no longer sets open_file_cache: drop this reference line");
    const tunedPort = await freePort();
    const tunedSite = staticSite.replace(`listen 127.0.0.1:${staticPort};`, [`listen 127.0.0.1:${tunedPort};`, ...recipeOpenFileCache.map((setting) => `  ${setting.trim()}`)].join("\n"));
    const tunedNginx = await startNginx(path.join(dir, "tuned-nginx"), tunedSite, { workers: "auto", probe: `http://127.0.0.1:${tunedPort}/article` });
    stops.push(tunedNginx.stop);

    const frontPort = await freePort();
    const appPorts = servers.map((server) => Number(new URL(server.base).port));
    const recipe = await startNginx(path.join(dir, "recipe-nginx"), recipeSite(path.join(dir, "recipe-nginx"), frontPort, appPorts), { workers: "auto", probe: `http://127.0.0.1:${frontPort}/api/health` });
    stops.push(recipe.stop);
    const front = `http://127.0.0.1:${frontPort}`;

    const targets = [
      ["nginx, saved page pre-compressed (gzip_static)", `http://127.0.0.1:${staticPort}/article`],
      [`npm start alone (one app server, ${processes} processes)`, `${a.base}${article}`],
      ["deploy recipe (nginx micro-cache, two app servers)", `${front}${article}`],
      ["nginx, same saved page with the app's headers", `http://127.0.0.1:${headedPort}/article`],
      ["nginx, saved page, with the recipe's open_file_cache", `http://127.0.0.1:${tunedPort}/article`],
    ] as const;
    for (const [, url] of targets) await load(url, { seconds: 2 }); // warm every layer first
    // Two rounds, taken in turn, so a busier moment of the machine falls on all three alike.
    const rounds: LoadResult[][] = [[], []];
    for (const round of rounds) for (const [, url] of targets) round.push(await load(url));
    const results = targets.map((_, i) => best(rounds.map((round) => round[i]!)));
    targets.forEach(([label], i) => line(label, figures(results[i]!)));
    const [ceiling, app, behind, headed, tuned] = results as [LoadResult, LoadResult, LoadResult, LoadResult, LoadResult];
    line("app alone : static", `${pct(app.requestsPerSecond, ceiling.requestsPerSecond)}  (target ≥ 25 %, p99 ≤ 50 ms)`);
    line("recipe : static", `${pct(behind.requestsPerSecond, ceiling.requestsPerSecond)}  (target ≥ 80 %)`);
    line("  static with the app's headers : static", pct(headed.requestsPerSecond, ceiling.requestsPerSecond));
    line("  recipe : static with the app's headers", pct(behind.requestsPerSecond, headed.requestsPerSecond));
    line("  recipe : static with open_file_cache", pct(behind.requestsPerSecond, tuned.requestsPerSecond));

    const runs: number[][] = [];
    for (let i = 0; i < 5; i++) runs.push(await approvalVisible([front, ...servers.map((server) => server.base)], env.DATABASE_URL, post));
    const seconds = (values: number[]) => values.map((t) => `${(t / 1000).toFixed(2)} s`).join(", ");
    line("approved comment visible through the recipe", `${seconds(runs.map((run) => run[0]!))}  (target ≤ 2 s)`);
    line("  … on each app server directly (slower of the two)", seconds(runs.map((run) => Math.max(...run.slice(1)))));

    if (lighthouseAvailable) {
      const audits: LighthouseFigures[] = [];
      for (let i = 0; i < 3; i++) audits.push(await audit(`${a.base}${article}`));
      line("Lighthouse mobile performance (3 runs)", `${audits.map((x) => x.score).join(", ")}  (target ≥ 95)`);
      line("  total blocking time", audits.map((x) => `${Math.round(x.totalBlockingTimeMs)} ms`).join(", "));
      line("  cumulative layout shift", `${audits.map((x) => x.cumulativeLayoutShift.toFixed(3)).join(", ")}  (target 0)`);
      line("  largest contentful paint (simulated phone)", audits.map((x) => `${(x.largestContentfulPaintMs / 1000).toFixed(1)} s`).join(", "));
      line("  script bytes transferred", `${(audits[0]!.scriptBytes / 1024).toFixed(1)} kB`);
    } else {
      line("Lighthouse", "skipped: no Chromium (set CHROME_PATH)");
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
