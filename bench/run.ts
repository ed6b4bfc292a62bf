// npm run bench: seeds its own data into a scratch database and prints figures.
// Never pass/fail: the numbers are for people to compare between changes.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import { openScratchDatabase } from "./scratch-database";

/** A build older than any source file would measure old code. */
function sourcesNewerThan(file: string): boolean {
  const built = statSync(file).mtimeMs;
  const newest = (dir: string): number => {
    let latest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
    }
    return latest;
  };
  return ["app", "components", "lib", "db", "drizzle"].some((dir) => existsSync(dir) && newest(dir) > built);
}

function ensureBuild(): void {
  if (!existsSync(".next/BUILD_ID") || process.argv.includes("--build") || sourcesNewerThan(".next/BUILD_ID")) {
    console.log("\nbuilding the app (npm run build) for the HTTP figures…");
    execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  }
}

async function main() {
  const { measureMarkdown } = await import("./markdown-figures");
  measureMarkdown();
  if (process.argv.includes("--only=markdown")) return;
  const { measureSpamScoring } = await import("./spam-figures");
  measureSpamScoring();
  if (process.argv.includes("--only=spam")) return;

  const scratch = await openScratchDatabase();
  Object.assign(process.env, scratch.env);
  // The services run in this process too (submissions queue signed unsubscribe links).
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  console.log(`# Broadsheet benchmark — ${new Date().toISOString()}`);
  console.log(`database: ${scratch.label}; ${os.cpus().length} cores; Node ${process.version}`);

  // Imported after the environment names the scratch database.
  const { getDatabaseHandle, closeDatabase } = await import("@/lib/db");
  const { migrateDatabase } = await import("@/db/migrate");
  const { seedThreads, measureSubmissions, measureThreadQueries } = await import("./comment-figures");
  const { startServer, measureArticlePages } = await import("./page-figures");

  const t0 = performance.now();
  await migrateDatabase(getDatabaseHandle());
  if (process.argv.includes("--only=submissions")) {
    // Quick figure while working on the write path: one post, the submissions alone.
    const { createPost, createUser } = await import("@/db/testing/fixtures");
    const post = await createPost({ authorId: (await createUser({ role: "author" })).id });
    // Staff to notify: every held comment queues a mail to each of them.
    for (const role of ["moderator", "editor", "admin"] as const) await createUser({ role });
    await measureSubmissions(post.id);
    await closeDatabase();
    await scratch.dispose();
    return;
  }
  if (process.argv.includes("--only=notifications")) {
    const { measureNotifications } = await import("./notification-figures");
    await measureNotifications();
    await closeDatabase();
    await scratch.dispose();
    return;
  }
  if (process.argv.includes("--only=dashboard")) {
    // The dashboard at a busy site's size: demo content, 500,000 comments, 100,000 posts.
    const { seedDemo } = await import("@/lib/demo-content");
    const { seedLargeComments } = await import("@/db/seed-large");
    const { seedPosts, measureDashboard } = await import("./dashboard-figures");
    await seedDemo(getDatabaseHandle().db);
    await seedLargeComments(getDatabaseHandle().db, { total: Number(process.env.BENCH_QUEUE_COMMENTS ?? 500_000) });
    await seedPosts(Number(process.env.BENCH_POSTS ?? 100_000));
    await measureDashboard();
    const { measureSearch } = await import("./search-figures");
    await measureSearch();
    await closeDatabase();
    await scratch.dispose();
    return;
  }
  if (process.argv.includes("--only=import")) {
    const { measureImport } = await import("./import-figures");
    await measureImport(getDatabaseHandle().db, Number(process.env.BENCH_IMPORT_COMMENTS ?? 100_000));
    await closeDatabase();
    await scratch.dispose();
    return;
  }
  if (process.argv.includes("--only=search")) {
    // Site search at a big archive's size: demo content and 100,000 posts.
    const { seedDemo } = await import("@/lib/demo-content");
    const { seedPosts } = await import("./dashboard-figures");
    const { measureSearch } = await import("./search-figures");
    await seedDemo(getDatabaseHandle().db);
    await seedPosts(Number(process.env.BENCH_POSTS ?? 100_000));
    await measureSearch();
    await closeDatabase();
    await scratch.dispose();
    return;
  }
  if (process.argv.includes("--only=discovery")) {
    // Author pages, sitemaps and feeds at 100,000 posts; then Lighthouse SEO on the demo pages.
    const { seedDemo } = await import("@/lib/demo-content");
    const { seedPosts } = await import("./dashboard-figures");
    const { measureDiscoveryQueries, measureSeo } = await import("./discovery-figures");
    const { measureSearch } = await import("./search-figures");
    await seedDemo(getDatabaseHandle().db);
    await seedPosts(Number(process.env.BENCH_POSTS ?? 100_000));
    await measureSearch();
    await measureDiscoveryQueries();
    await closeDatabase();
    ensureBuild();
    const server = await startServer(scratch.env);
    try {
      await measureSeo(server.base, {
        home: "/",
        article: "/posts/harbourside-tidal-barrier-passes-first-winter-test",
        section: "/category/city",
        author: "/author/tom-brennan",
        search: "/search?q=harbour",
      });
    } finally {
      await server.stop();
      await scratch.dispose();
    }
    return;
  }
  if (process.argv.includes("--only=readpath")) {
    // Quick figures for the read path alone: one article with 50 approved comments.
    const { createComment, createPost, createUser } = await import("@/db/testing/fixtures");
    const post = await createPost({ authorId: (await createUser({ role: "author" })).id, body: "## A subheading\n\nThe body of the article. ".repeat(20) });
    for (let i = 0; i < 50; i++) await createComment({ postId: post.id, body: `Comment ${i}: the night buses are back, and about time.` });
    await closeDatabase();
    ensureBuild();
    const { measureReadPath } = await import("./read-path-figures");
    await measureReadPath(scratch.env, post);
    await scratch.dispose();
    return;
  }
  const bySize = await seedThreads();
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  await measureThreadQueries(bySize);
  // On a post of its own, so the article figures below see only the seeded threads.
  await measureSubmissions(bySize[50]![bySize[50]!.length - 1]!.id);
  const { measureEditorSaves, measureScheduledDelay } = await import("./editor-figures");
  await measureEditorSaves();
  const { measureNotifications } = await import("./notification-figures");
  await measureNotifications();
  await closeDatabase();

  ensureBuild();
  let server = await startServer(scratch.env);
  try {
    const small = bySize[50]!;
    await measureArticlePages(server.base, { 50: small.slice(0, -1), 5000: bySize[5000]! }, small[small.length - 1]!.slug);
    // The bench process writes while the server runs: PostgreSQL only (PGlite is one process).
    if (scratch.env.DATABASE_URL) await measureScheduledDelay(server.base);
    await server.stop();

    const { measureReadPath } = await import("./read-path-figures");
    await measureReadPath(scratch.env, small[0]!);

    // The moderation queue at scale: a large comment load on top of the threads above.
    const total = Number(process.env.BENCH_QUEUE_COMMENTS ?? 500_000);
    const { seedLargeComments, progressBar } = await import("@/db/seed-large");
    const { createBenchModerator } = await import("./comment-figures");
    const { measureQueue, measureQueuePages } = await import("./queue-figures");
    const started = performance.now();
    await seedLargeComments(getDatabaseHandle().db, { total, onProgress: progressBar("seeding comments") });
    console.log(`seeded ${total.toLocaleString("en-GB")} comments in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const moderator = await createBenchModerator();
    await measureQueue(total);
    const { seedPosts, measureDashboard } = await import("./dashboard-figures");
    await seedPosts(Number(process.env.BENCH_POSTS ?? 100_000));
    await measureDashboard();
    const { measureSearch } = await import("./search-figures");
    await measureSearch();
    const { measureDiscoveryQueries } = await import("./discovery-figures");
    await measureDiscoveryQueries();
    const { measureImport } = await import("./import-figures");
    await measureImport(getDatabaseHandle().db, Number(process.env.BENCH_IMPORT_COMMENTS ?? 100_000));
    await closeDatabase();
    server = await startServer(scratch.env);
    await measureQueuePages(server.base, moderator);
  } finally {
    await server.stop();
    await closeDatabase();
    await scratch.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
