import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;

/** The query API shared by both drivers; nothing outside db/ sees which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = "postgres" | "pglite";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** The PostgreSQL URL, for tasks that need a dedicated connection (migrations). */
  url?: string;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** A postgres:// URL; without one, an embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway in-memory database. */
  dataDir: string;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.url) {
    const client = postgres(config.url, {
      max: config.maxConnections ?? 10,
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres({ client, schema }),
      kind: "postgres",
      url: config.url,
      close: () => client.end({ timeout: 5 }),
    };
  }
  // PGlite creates only the last folder of the path itself.
  if (!config.dataDir.includes("://")) mkdirSync(config.dataDir, { recursive: true });
  const client = new PGlite(config.dataDir);
  return {
    db: drizzlePglite({ client, schema }),
    kind: "pglite",
    close: () => client.close(),
  };
}
