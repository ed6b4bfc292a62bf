import "server-only";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { type DatabaseHandle, openDatabase } from "./client";

export const migrationsFolder = path.join(process.cwd(), "drizzle");

// Any constant works; it only has to be the same for every app server.
const MIGRATION_LOCK_ID = 7_204_132;

/** Applies the SQL in drizzle/ that has not been applied yet, on either database. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // A session advisory lock makes concurrent release steps on several servers take
  // turns; it needs one dedicated connection so the lock and the unlock share it.
  const single = openDatabase({ url: handle.url, dataDir: "", maxConnections: 1 });
  try {
    await single.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    try {
      await migratePostgres(single.db as unknown as PostgresJsDatabase, { migrationsFolder });
    } finally {
      await single.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    }
  } finally {
    await single.close();
  }
}
