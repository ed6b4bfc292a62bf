import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { createImportRun, recentImportRuns, updateImportRun, type ImportRun } from "@/db/queries/wordpress-import";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { exportWordPress } from "./export";
import { importWordPress } from "./import";
import { fit } from "./mapping";

// Admin → Tools: the export as a download, an uploaded export saved to the data
// folder and imported after the response, and the runs' progress from the
// database (so a reload, or another app server, shows the same).

export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** The whole site as WXR, encoded a page of posts at a time. */
export function siteExportStream(): ReadableStream<Uint8Array> {
  const pieces = exportWordPress(getDb(), { siteUrl: getEnv().SITE_URL });
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next: IteratorResult<string> = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

export type SavedUpload = { ok: true; runId: number; file: string } | { ok: false; status: number; message: string };

/** Streams an uploaded export to the data folder (never all in memory) and records a run for it. */
export async function saveImportUpload(body: ReadableStream<Uint8Array> | null, fileName: string, startedBy: string): Promise<SavedUpload> {
  if (!body) return { ok: false, status: 400, message: "Choose an export file to upload." };
  const dir = path.join(/*turbopackIgnore: true*/ getEnv().BROADSHEET_DATA_DIR, "imports");
  await mkdir(dir, { recursive: true });
  // eslint-disable-next-line no-control-regex -- control characters out of a name shown on a page
  const shownName = fileName.replace(/[\u0000-\u001f]/g, "") || "export.xml";
  const runId = await createImportRun(getDb(), { fileName: fit(shownName, 300), totalBytes: 0, startedBy });
  const file = path.join(dir, `${runId}.xml`);
  const out = createWriteStream(file);
  let bytes = 0;
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      if (bytes > MAX_IMPORT_BYTES) throw new RangeError("too large");
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
  } catch (error) {
    out.destroy();
    await rm(file, { force: true });
    const message =
      error instanceof RangeError ? `That file is over ${MAX_IMPORT_BYTES / 1024 / 1024 / 1024} GB; import it with npm run import:wordpress instead.` : "The upload was interrupted. Try again.";
    await updateImportRun(getDb(), runId, { status: "failed", error: message, finishedAt: new Date() });
    return { ok: false, status: error instanceof RangeError ? 413 : 400, message };
  }
  if (bytes === 0) {
    await rm(file, { force: true });
    await updateImportRun(getDb(), runId, { status: "failed", error: "The file is empty.", finishedAt: new Date() });
    return { ok: false, status: 400, message: "The file is empty." };
  }
  return { ok: true, runId, file };
}

/** Imports a saved upload into its run; the file goes when done. Errors end up on the run, for the page. */
export async function runSavedImport(runId: number, file: string, startedBy: string): Promise<void> {
  try {
    await importWordPress(getDb(), file, { runId, startedBy });
  } catch {
    // importWordPress recorded the failure on the run.
  } finally {
    await rm(file, { force: true });
  }
}

/** A run still "checking" or "importing" that has not moved for this long died with its server. */
const STALLED_MS = 5 * 60_000;

export type ImportRunView = ImportRun & {
  stalled: boolean;
  /** While importing: time left at the pace so far, from the share of the file read. */
  secondsLeft: number | null;
};

export async function listImportRuns(now = Date.now()): Promise<ImportRunView[]> {
  const runs = await recentImportRuns(getDb(), 10);
  return runs.map((run) => {
    const elapsed = now - new Date(run.startedAt).getTime();
    const share = run.totalBytes > 0 ? run.readBytes / run.totalBytes : 0;
    return {
      ...run,
      stalled: (run.status === "checking" || run.status === "importing") && now - new Date(run.updatedAt).getTime() > STALLED_MS,
      secondsLeft: run.status === "importing" && share > 0 ? Math.max(0, Math.round((elapsed / share - elapsed) / 1000)) : null,
    };
  });
}
