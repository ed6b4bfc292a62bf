// `npm run db:seed`: demo content for a development or staging database.
// On the embedded database the server seeds itself on first start; run this only
// while no server holds the data folder.
import { getEnv } from "@/lib/env";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemoContent } from "./seed";

const env = getEnv();
const handle = openDatabase({ url: env.DATABASE_URL, dataDir: env.BROADSHEET_DATA_DIR, maxConnections: 1 });
try {
  if (handle.kind === "pglite") await migrateDatabase(handle);
  const { seeded } = await seedDemoContent(handle.db);
  console.log(seeded ? "Demo content added." : "Demo content was already there; nothing changed.");
} finally {
  await handle.close();
}
