// `npm run db:migrate`: the release step for PostgreSQL. On the embedded database
// the server migrates itself at start; run this only while no server holds the folder.
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { getEnv } from "../lib/env";

const env = getEnv();
const handle = openDatabase({
  url: env.DATABASE_URL,
  dataDir: env.BROADSHEET_DATA_DIR,
  maxConnections: 1,
});
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.kind}).`);
} finally {
  await handle.close();
}
