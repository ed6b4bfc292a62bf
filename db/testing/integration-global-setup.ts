import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { recreateDatabase, testDatabaseUrl } from "./test-database";

// Integration tests run against PostgreSQL when TEST_DATABASE_URL is set: one fresh
// database per run, migrated once here. Without it each test file gets an
// in-memory PGlite database, migrated in the per-file setup.
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const url = testDatabaseUrl("integration");
  provide("databaseUrl", url);
  if (!url) return;
  await recreateDatabase(url);
  const handle = openDatabase({ url, dataDir: "" });
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
}
