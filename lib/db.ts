import "server-only";
import { closeSharedDatabase, type Database, type DatabaseHandle, sharedDatabase } from "@/db";
import { getEnv } from "./env";
import { lastTagExpiryAt } from "./cache/expiry-clock.js";

/**
 * How long after any cache tag expires replica reads go to the primary instead:
 * the page re-rendered for that expiry must show the change, and a replica may
 * be a moment behind. Well above streaming replication's usual lag.
 */
export const REPLICA_CATCH_UP_MS = 10_000;

/** This process's database, opened on first use from the environment (PostgreSQL, or the embedded one). */
export function getDatabaseHandle(): DatabaseHandle {
  return sharedDatabase(() => {
    const env = getEnv();
    return { url: env.DATABASE_URL, dataDir: env.BROADSHEET_DATA_DIR, replicaUrl: env.DATABASE_REPLICA_URL, preparedStatements: env.DATABASE_PREPARED_STATEMENTS === "on" };
  });
}

/** Opened lazily so that importing a page module (as `next build` does) never touches a database. */
export function getDb(): Database {
  return getDatabaseHandle().db;
}

/**
 * For reads that may be a moment old: archives, feeds, search, sitemaps. Goes
 * to DATABASE_REPLICA_URL when set, except just after a change (see
 * REPLICA_CATCH_UP_MS). Never for reads that must see this request's own
 * writes, nor inside a transaction.
 */
export function getReadDb(now = Date.now()): Database {
  const handle = getDatabaseHandle();
  return now - lastTagExpiryAt() < REPLICA_CATCH_UP_MS ? handle.db : handle.replica;
}

export const closeDatabase = closeSharedDatabase;
