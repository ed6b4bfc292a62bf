// npm run bench: seeds its own data into a scratch database and prints figures.
// Never pass/fail: the numbers are for people to compare between changes.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import { openScratchDatabase } from "./scratch-database";

async function main() {
  const scratch = await openScratchDatabase();
  Object.assign(process.env, scratch.env);
  console.log(`# Broadsheet benchmark — ${new Date().toISOString()}`);
  console.log(`database: ${scratch.label}; ${os.cpus().length} cores; Node ${process.version}`);

  // Imported after the environment names the scratch database.
  const { getDatabaseHandle, closeDatabase } = await import("@/db");
  const { migrateDatabase } = await import("@/db/migrate");
  const { seedThreads, measureSubmissions, measureThreadQueries } = await import("./comment-figures");
  const { startServer, measureArticlePages } = await import("./page-figures");

  const t0 = performance.now();
  await migrateDatabase(getDatabaseHandle());
  const bySize = await seedThreads();
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  await measureThreadQueries(bySize);
  // On a post of its own, so the article figures below see only the seeded threads.
  await measureSubmissions(bySize[50]![bySize[50]!.length - 1]!.id);
  await closeDatabase();

  if (!existsSync(".next/BUILD_ID") || process.argv.includes("--build")) {
    console.log("\nbuilding the app (npm run build) for the HTTP figures…");
    execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const server = await startServer(scratch.env);
  try {
    const small = bySize[50]!;
    await measureArticlePages(server.base, { 50: small.slice(0, -1), 5000: bySize[5000]! }, small[small.length - 1]!.slug);
  } finally {
    await server.stop();
    await scratch.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
