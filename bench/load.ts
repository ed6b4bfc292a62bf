// Load generation for the read-path figures: wrk where it is installed (as the
// issue's own figures were taken), else autocannon from npm. One generator per
// run, so the ratios compare like with like.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

const wrkPath = ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((candidate) => existsSync(candidate)) ?? null;

export const loadGenerator = wrkPath ? "wrk -t2" : "autocannon (install wrk for higher ceilings)";

/** "1.23ms", "950.00us", "1.02s" → milliseconds. */
function wrkDuration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`unreadable wrk duration: ${text}`);
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "ms" ? value : match[2] === "s" ? value * 1000 : value * 60_000;
}

export function parseWrk(output: string): LoadResult {
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  if (!rate || !p50 || !p99) throw new Error(`unreadable wrk output:\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const errors = (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0);
  return { requestsPerSecond: Number(rate[1]), p50Ms: wrkDuration(p50[1]!), p99Ms: wrkDuration(p99[1]!), errors };
}

/** Readers asking for one page as fast as they can, gzip accepted, `connections` at once. */
export async function load(url: string, { connections = 50, seconds = 10 } = {}): Promise<LoadResult> {
  if (wrkPath) {
    const output = execFileSync(wrkPath, ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", "-H", "Accept-Encoding: gzip", url], { encoding: "utf8" });
    return parseWrk(output);
  }
  const result = await autocannon({ url, connections, duration: seconds, headers: { "accept-encoding": "gzip" } });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
