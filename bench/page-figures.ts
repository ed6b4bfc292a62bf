import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { heading, line, mean, ms, summary } from "./stats";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The production server (server.mjs) on the scratch database, as `npm start` runs it. */
export async function startServer(env: Record<string, string | undefined>, overrides: Record<string, string> = {}): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn("node", ["server.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      BROADSHEET_AUTO_SEED: "false",
      ...overrides,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    base,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function timedGet(url: string): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - t0;
}

/**
 * Article pages over HTTP: the first request renders the page (no cache yet);
 * the rest are served from Next's cache until something invalidates it.
 */
export async function measureArticlePages(
  base: string,
  bySize: Record<number, { slug: string }[]>,
  warmUpSlug: string,
  warmRequests = 100,
): Promise<void> {
  heading("Article page over HTTP, server.mjs, first page of comments");
  // A fresh process compiles and connects on its first requests; keep that out of the figures.
  for (let i = 0; i < 3; i++) await timedGet(`${base}/posts/${warmUpSlug}`);
  const cold: Record<number, number> = {};
  for (const [size, articles] of Object.entries(bySize)) {
    const first: number[] = [];
    const warm: number[] = [];
    for (const { slug } of articles) first.push(await timedGet(`${base}/posts/${slug}`));
    for (let i = 0; i < warmRequests; i++) warm.push(await timedGet(`${base}/posts/${articles[i % articles.length]!.slug}`));
    cold[Number(size)] = mean(first);
    line(`${Number(size).toLocaleString("en-GB")} comments, first render (uncached)`, `mean ${ms(mean(first))} (n=${first.length})`);
    line(`${Number(size).toLocaleString("en-GB")} comments, cached`, summary(warm));
  }
  const sizes = Object.keys(cold).map(Number).sort((a, b) => a - b);
  const small = sizes[0]!;
  const large = sizes[sizes.length - 1]!;
  line(`first render ratio ${large} : ${small}`, `${(cold[large]! / cold[small]!).toFixed(2)}x`);
}
