import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { recreateDatabase } from "../db/testing/test-database";

export interface ScratchDatabase {
  /** What the app's environment needs to use it. */
  env: { DATABASE_URL?: string; BROADSHEET_DATA_DIR?: string };
  label: string;
  dispose(): Promise<void>;
}

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/broadsheet_bench";

async function reachable(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * A database the benchmark may fill and throw away: BENCH_DATABASE_URL (local
 * servers only, recreated), else broadsheet_bench on the local PostgreSQL, else
 * an embedded PGlite folder in a temporary directory.
 */
export async function openScratchDatabase(): Promise<ScratchDatabase> {
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`The benchmark drops and recreates its database; refusing non-local host ${host}.`);
  }
  if (await reachable(url)) {
    await recreateDatabase(url);
    return { env: { DATABASE_URL: url }, label: `PostgreSQL (${new URL(url).pathname.slice(1)})`, dispose: () => Promise.resolve() };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-bench-"));
  return {
    env: { BROADSHEET_DATA_DIR: dir },
    label: `embedded PGlite (${dir}); no PostgreSQL at ${host}`,
    dispose: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}
