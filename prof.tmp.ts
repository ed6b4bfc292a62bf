import { openDatabase } from "./db/client";
import { importWordPress } from "./lib/wordpress/import";
const handle = openDatabase({ url: process.env.DATABASE_URL, dataDir: "/tmp/x", maxConnections: 2 });
const t = Date.now();
const r = await importWordPress(handle.db, process.argv[2]!);
console.log(r.created, (Date.now() - t) / 1000, "s");
await handle.close();
