// `npm run import:wordpress -- export.xml [--uploads path/to/wp-content/uploads]`:
// imports a WordPress export (WXR) with a progress bar, then prints what was
// created and everything skipped, with the reason. Running it again with the same
// file creates nothing twice. On the embedded database, run it while no server
// holds the data folder.
import { SingleBar } from "cli-progress";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { getEnv } from "../lib/env";
import { importWordPress, type ImportProgress, WxrError } from "../lib/wordpress/import";
import { formatImportReport } from "../lib/wordpress/report";

const args = process.argv.slice(2);
const uploadsAt = args.indexOf("--uploads");
const uploadsDir = uploadsAt >= 0 ? args[uploadsAt + 1] : undefined;
const file = args.find((arg, index) => !arg.startsWith("--") && (uploadsAt < 0 || index !== uploadsAt + 1));
if (!file || (uploadsAt >= 0 && !uploadsDir)) {
  console.error("Usage: npm run import:wordpress -- export.xml [--uploads path/to/wp-content/uploads]");
  process.exit(2);
}

const env = getEnv();
const handle = openDatabase({ url: env.DATABASE_URL, dataDir: env.BROADSHEET_DATA_DIR, maxConnections: 2 });
const bar = new SingleBar({
  format: "{phase} [{bar}] {percentage}% | {posts} posts, {comments} comments | {speed} comments/s | time left {eta_formatted}",
  barCompleteChar: "#",
  barIncompleteChar: ".",
  hideCursor: true,
  etaBuffer: 50,
  fps: 5,
  stream: process.stderr,
});
let phase = "";
let started = Date.now();
const show = (progress: ImportProgress) => {
  if (progress.phase !== phase) {
    if (phase) bar.stop();
    phase = progress.phase;
    started = Date.now();
    bar.start(progress.totalBytes, 0, { phase: phase.padEnd(9), posts: 0, comments: 0, speed: 0 });
  }
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  bar.update(progress.readBytes, {
    posts: `${progress.posts.toLocaleString("en-GB")}${progress.totalPosts ? ` of ${progress.totalPosts.toLocaleString("en-GB")}` : ""}`,
    comments: `${progress.comments.toLocaleString("en-GB")}${progress.totalComments ? ` of ${progress.totalComments.toLocaleString("en-GB")}` : ""}`,
    speed: Math.round(progress.comments / seconds).toLocaleString("en-GB"),
  });
};

let exitCode = 0;
try {
  if (handle.kind === "pglite") await migrateDatabase(handle);
  const report = await importWordPress(handle.db, file, { uploadsDir, onProgress: show });
  bar.stop();
  console.log(formatImportReport(report));
} catch (error) {
  bar.stop();
  console.error(error instanceof WxrError ? `Refused: ${error.message}` : error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await handle.close();
}
process.exit(exitCode);
