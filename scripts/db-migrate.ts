// `npm run db:migrate`: the release step for PostgreSQL. On the embedded database
// the server migrates itself at start; run this only while no server holds the folder.
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { getEnv } from "../lib/env";
import { ensureSpamModel } from "../lib/spam/model";

const env = getEnv();
const handle = openDatabase({
  url: env.DATABASE_URL,
  dataDir: env.BROADSHEET_DATA_DIR,
  maxConnections: 1,
});
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.kind}).`);
  // A new site's spam filter starts from the shipped starter set.
  if (await ensureSpamModel(handle.db)) console.log("Spam filter trained from the starter set.");
} finally {
  await handle.close();
}
