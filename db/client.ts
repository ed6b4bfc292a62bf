import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { type PgDatabase, type PgQueryResultHKT, withReplicas } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { isConnectionError } from "./errors";
import { preparingClient } from "./prepared-statements";
import * as schema from "./schema";

export type Schema = typeof schema;

/** The query API shared by both drivers; nothing outside db/ sees which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = "postgres" | "pglite";

export interface DatabaseHandle {
  db: Database;
  /**
   * Selects go to the read replica (drizzle's withReplicas), writes to the
   * primary; the primary itself when no replica is configured.
   */
  replica: Database;
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
  /** A read-only replica of `url`'s database (PostgreSQL only). */
  replicaUrl?: string;
  /** Named, per-connection prepared statements (PostgreSQL only; default on). */
  preparedStatements?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server answers again (it may be restarting), for at most `ms`. */
async function waitForServer(client: postgres.Sql, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (let pause = 100; Date.now() < deadline; pause = Math.min(pause * 2, 1000)) {
    try {
      await client`select 1`;
      return;
    } catch {
      await sleep(pause);
    }
  }
}

/**
 * A transaction that failed because its connection did (the server restarted
 * under it) is run once more on a fresh connection, when the server answers
 * again. Safe: nothing of the first attempt was committed that the retry would
 * double, and comment submissions check for duplicates inside the transaction.
 */
function retryTransactionsOnce(db: Database, client: postgres.Sql): Database {
  const transaction = db.transaction.bind(db);
  const retrying: typeof transaction = async (work, config) => {
    try {
      return await transaction(work, config);
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      await waitForServer(client, 5_000);
      return transaction(work, config);
    }
  };
  db.transaction = retrying;
  return db;
}

function connect(url: string, maxConnections: number): postgres.Sql {
  return postgres(url, {
    max: maxConnections,
    // Idle connections are closed after a while, and none lives for ever, so a
    // connection the server dropped (a restart, a failover) is not kept around.
    idle_timeout: 60,
    max_lifetime: 30 * 60,
    connect_timeout: 10,
    // Reconnecting after errors waits at most a second. (The driver's default grows
    // to 20 s, shared by the pool, so after a restart the site stayed down long
    // after the server was back.)
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    onnotice: () => {},
  });
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.url) {
    const client = connect(config.url, config.maxConnections ?? 10);
    const prepared = config.preparedStatements ?? true;
    const db = retryTransactionsOnce(drizzlePostgres({ client: prepared ? preparingClient(client) : client, schema }), client);
    const replicaClient = config.replicaUrl ? connect(config.replicaUrl, config.maxConnections ?? 10) : null;
    return {
      db,
      replica: replicaClient ? withReplicas(db, [drizzlePostgres({ client: prepared ? preparingClient(replicaClient) : replicaClient, schema })]) : db,
      kind: "postgres",
      url: config.url,
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), replicaClient?.end({ timeout: 5 })]);
      },
    };
  }
  // PGlite creates only the last folder of the path itself.
  if (!config.dataDir.includes("://")) mkdirSync(config.dataDir, { recursive: true });
  const client = new PGlite(config.dataDir);
  const db = drizzlePglite({ client, schema });
  return {
    db,
    replica: db,
    kind: "pglite",
    close: () => client.close(),
  };
}
