import "server-only";
import { type DatabaseConfig, type DatabaseHandle, openDatabase } from "./client";

export type { Database, DatabaseHandle } from "./client";

// One handle per process. Next.js loads this module in several bundles (pages,
// route handlers, instrumentation); PGlite must never be opened twice on one folder.
// The configuration comes from the caller (lib/db.ts reads it from the environment):
// nothing in db/ reads configuration itself.
const store = globalThis as unknown as { __broadsheetDb?: DatabaseHandle };

export function sharedDatabase(config: () => DatabaseConfig): DatabaseHandle {
  if (!store.__broadsheetDb) {
    // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, not configuration
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error(
        "A page read the database during `next build`. Builds must not touch a database: render the page on request (await connection()) or behind a dynamic segment.",
      );
    }
    store.__broadsheetDb = openDatabase(config());
  }
  return store.__broadsheetDb;
}

export async function closeSharedDatabase(): Promise<void> {
  const handle = store.__broadsheetDb;
  store.__broadsheetDb = undefined;
  await handle?.close();
}
