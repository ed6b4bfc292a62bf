import type { Metadata } from "next";
import { ImportUploader, RefreshWhileRunning } from "@/components/admin/tools/import-uploader";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import type { ImportReport } from "@/lib/wordpress/import";
import { type ImportRunView, listImportRuns } from "@/lib/wordpress/site-tools";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

const n = (value: number) => value.toLocaleString("en-GB");

function timeLeft(seconds: number | null): string | null {
  if (seconds === null) return null;
  return seconds < 60 ? `about ${seconds} s left` : `about ${Math.round(seconds / 60)} min left`;
}

function RunProgress({ run }: { run: ImportRunView }) {
  if (run.stalled) return <p>Stopped without finishing (the server restarted?). Upload the same file again: what was imported is kept and nothing is created twice.</p>;
  if (run.status === "failed") return <p className="text-red-700 dark:text-red-400">{run.error}</p>;
  if (run.status === "checking") return <p>Checking the file…</p>;
  if (run.status === "importing") {
    const percent = run.totalBytes ? Math.round((run.readBytes / run.totalBytes) * 100) : 0;
    const left = timeLeft(run.secondsLeft);
    return (
      <div>
        <progress max={100} value={percent} aria-label={`Import of ${run.fileName}`} className="w-64" />{" "}
        <span>
          {percent}% — {n(run.donePosts)} of {n(run.totalPosts)} posts, {n(run.doneComments)} of {n(run.totalComments)} comments{left ? `, ${left}` : ""}
        </span>
      </div>
    );
  }
  const report = run.report as ImportReport | null;
  if (!report) return <p>Done.</p>;
  const reasons = Object.entries(report.skippedByReason).sort((a, b) => b[1] - a[1]);
  return (
    <div>
      <p>
        Done in {report.seconds.toFixed(1)} s: {n(report.created.posts)} posts, {n(report.created.comments)} comments, {n(report.created.authors)} authors, {n(report.created.sections)} sections,{" "}
        {n(report.created.tags)} tags, {n(report.created.redirects)} old addresses redirected.
        {report.existing.posts + report.existing.comments > 0 && ` Already here from an earlier import: ${n(report.existing.posts)} posts, ${n(report.existing.comments)} comments.`}
      </p>
      {reasons.length > 0 && (
        <details className="mt-2">
          <summary>
            Skipped or changed: {n(reasons.reduce((sum, [, count]) => sum + count, 0))}
          </summary>
          <ul className="mt-1 list-disc pl-6">
            {reasons.map(([why, count]) => (
              <li key={why}>
                {n(count)} × {why}
              </li>
            ))}
          </ul>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {report.skipped.map((skip, index) => (
              <li key={index}>
                {skip.what}: {skip.why}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Upload a WordPress export and follow the import; the progress lives in the database, so a reload keeps it. */
export default async function ImportPage() {
  await requirePermission("site:tools", "/admin/tools/import");
  const runs = await listImportRuns();
  const running = runs.some((run) => !run.stalled && (run.status === "checking" || run.status === "importing"));
  const timeZone = await getSiteTimeZone();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Import from WordPress</h1>
      <p className="mt-2 max-w-2xl text-stone-700 dark:text-stone-300">
        In WordPress, go to Tools → Export → All content and upload the file here. Posts keep their dates, addresses and comments; authors get
        accounts they open with “Forgot password”; old links redirect to the new pages. Importing the same file again adds only what is new.
        Featured images need the server’s command line: <code>npm run import:wordpress -- export.xml --uploads wp-content/uploads</code>.
      </p>
      <ImportUploader />
      <RefreshWhileRunning running={running} />
      <h2 className="mt-8 font-serif text-2xl font-bold">Imports</h2>
      {runs.length === 0 ? (
        <p className="mt-2">No imports yet.</p>
      ) : (
        <ol className="mt-2 space-y-4" aria-label="Imports, newest first">
          {runs.map((run) => (
            <li key={run.id} className="border-t border-stone-300 pt-3 dark:border-stone-700">
              <p className="font-semibold">
                {run.fileName} <span className="font-normal text-stone-600 dark:text-stone-400">— {formatDateTime(new Date(run.startedAt).toISOString(), timeZone)}</span>
              </p>
              <RunProgress run={run} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
