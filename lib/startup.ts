import { migrateDatabase } from "@/db/migrate";
import { isDatabaseEmpty } from "@/db/seed";
import { getDatabaseHandle } from "./db";
import { seedDemo } from "./demo-content";
import { getEnv } from "./env";
import { logger } from "./observability/logger.js";
import { ensureSpamModel } from "./spam/model";

/**
 * Runs once per server process. The embedded database has no release step, so it
 * migrates itself and, when empty, fills itself with demo content. PostgreSQL is
 * migrated by `npm run db:migrate` as a release step, never by a booting server.
 */
export async function prepareDatabaseOnStart(): Promise<void> {
  const handle = getDatabaseHandle();
  if (handle.kind !== "pglite") return;
  const started = Date.now();
  await migrateDatabase(handle);
  if (getEnv().BROADSHEET_AUTO_SEED === "true" && (await isDatabaseEmpty(handle.db))) {
    await seedDemo(handle.db);
    logger().info("embedded database seeded with demo content");
  }
  if (await ensureSpamModel(handle.db)) logger().info("spam filter trained from the starter set");
  logger().info({ ms: Date.now() - started }, "embedded database ready");
}
