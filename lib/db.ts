import "server-only";
import { closeSharedDatabase, type Database, type DatabaseHandle, sharedDatabase } from "@/db";
import { getEnv } from "./env";

/** This process's database, opened on first use from the environment (PostgreSQL, or the embedded one). */
export function getDatabaseHandle(): DatabaseHandle {
  return sharedDatabase(() => {
    const env = getEnv();
    return { url: env.DATABASE_URL, dataDir: env.BROADSHEET_DATA_DIR };
  });
}

/** Opened lazily so that importing a page module (as `next build` does) never touches a database. */
export function getDb(): Database {
  return getDatabaseHandle().db;
}

export const closeDatabase = closeSharedDatabase;
