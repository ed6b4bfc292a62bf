// `tsx --conditions=react-server e2e/support/prepare-database.ts <postgres url>`:
// a fresh database, migrated and filled with the demo content. Run as its own
// process because the database modules are server-only (Playwright's workers
// don't load them).
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { recreateDatabase } from "../../db/testing/test-database";
import { seedDemo } from "../../lib/demo-content";
import { ensureSpamModel } from "../../lib/spam/model";

const url = process.argv[2];
if (!url) throw new Error("usage: prepare-database.ts <postgres url>");
await recreateDatabase(url);
const handle = openDatabase({ url, dataDir: "" });
await migrateDatabase(handle);
await seedDemo(handle.db);
// As the release step does: the spam filter starts from the starter set.
await ensureSpamModel(handle.db);
await handle.close();
