// `npm run export:wordpress -- site.xml`: the whole site as a WordPress export
// (WXR 1.2) that WordPress's importer and `npm run import:wordpress` read. On the
// embedded database, run it while no server holds the data folder.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { getEnv } from "../lib/env";
import { exportWordPress } from "../lib/wordpress/export";

const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run export:wordpress -- site.xml");
  process.exit(2);
}

const env = getEnv();
const handle = openDatabase({ url: env.DATABASE_URL, dataDir: env.BROADSHEET_DATA_DIR, maxConnections: 1 });
let exitCode = 0;
try {
  if (handle.kind === "pglite") await migrateDatabase(handle);
  const out = createWriteStream(file);
  let bytes = 0;
  for await (const piece of exportWordPress(handle.db, { siteUrl: env.SITE_URL })) {
    bytes += Buffer.byteLength(piece);
    if (!out.write(piece)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  console.log(`Exported to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await handle.close();
}
process.exit(exitCode);
