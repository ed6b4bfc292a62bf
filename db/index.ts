import { getEnv } from "@/lib/env";
import { type Database, type DatabaseHandle, openDatabase } from "./client";

export type { Database } from "./client";

// One handle per process. Next.js loads this module in several bundles (pages,
// route handlers, instrumentation); PGlite must never be opened twice on one folder.
const store = globalThis as unknown as { __broadsheetDb?: DatabaseHandle };

export function getDatabaseHandle(): DatabaseHandle {
  if (!store.__broadsheetDb) {
    // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, not configuration
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error(
        "A page read the database during `next build`. Builds must not touch a database: render the page on request (await connection()) or behind a dynamic segment.",
      );
    }
    const env = getEnv();
    store.__broadsheetDb = openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.BROADSHEET_DATA_DIR,
    });
  }
  return store.__broadsheetDb;
}

/** Opened lazily so that importing a page module (as `next build` does) never touches a database. */
export function getDb(): Database {
  return getDatabaseHandle().db;
}

export async function closeDatabase(): Promise<void> {
  const handle = store.__broadsheetDb;
  store.__broadsheetDb = undefined;
  await handle?.close();
}
