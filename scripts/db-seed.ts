// `npm run db:seed`: demo content for a development or staging database.
// `npm run db:seed -- --large [--comments=500000]` adds a large comment load on
// top, with a progress bar, for trying the moderation queue at scale.
// On the embedded database the server seeds itself on first start; run this only
// while no server holds the data folder.
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { progressBar, seedLargeComments } from "../db/seed-large";
import { seedDemo } from "../lib/demo-content";
import { getEnv } from "../lib/env";

const args = process.argv.slice(2);
const large = args.includes("--large");
const commentsArg = args.find((arg) => arg.startsWith("--comments="));
const total = commentsArg ? Number(commentsArg.split("=")[1]) : 500_000;
if (!Number.isSafeInteger(total) || total < 1 || total > 10_000_000) {
  console.error("--comments must be a whole number from 1 to 10,000,000");
  process.exit(2);
}

const env = getEnv();
const handle = openDatabase({ url: env.DATABASE_URL, dataDir: env.BROADSHEET_DATA_DIR, maxConnections: 1 });
try {
  if (handle.kind === "pglite") await migrateDatabase(handle);
  const { seeded } = await seedDemo(handle.db);
  console.log(seeded ? "Demo content added." : "Demo content was already there; nothing changed.");
  if (large) {
    const started = Date.now();
    await seedLargeComments(handle.db, { total, onProgress: progressBar("comments") });
    console.log(`Added ${total.toLocaleString("en-GB")} comments in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
} finally {
  await handle.close();
}
