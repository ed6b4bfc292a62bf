import type { ImportReport } from "./import";

// The end-of-import report as text, for the command line.

const n = (value: number) => value.toLocaleString("en-GB");

export function formatImportReport(report: ImportReport): string {
  const { created, existing } = report;
  const lines = [
    `Imported from ${report.site || "the export"} in ${report.seconds.toFixed(1)} s:`,
    `  ${n(created.posts)} posts, ${n(created.comments)} comments, ${n(created.authors)} authors, ${n(created.sections)} sections, ${n(created.tags)} tags, ${n(created.images)} images, ${n(created.redirects)} old addresses redirected`,
  ];
  if (existing.posts || existing.comments) {
    lines.push(`  already here from an earlier import, left as they were: ${n(existing.posts)} posts, ${n(existing.comments)} comments`);
  }
  const reasons = Object.entries(report.skippedByReason).sort((a, b) => b[1] - a[1]);
  if (reasons.length === 0) {
    lines.push("Nothing was skipped.");
  } else {
    lines.push("Skipped or changed:");
    for (const [why, count] of reasons) lines.push(`  ${n(count)} × ${why}`);
    lines.push("Each one:");
    for (const { what, why } of report.skipped) lines.push(`  - ${what}: ${why}`);
    const total = reasons.reduce((sum, [, count]) => sum + count, 0);
    if (total > report.skipped.length) lines.push(`  … and ${n(total - report.skipped.length)} more`);
  }
  return lines.join("\n");
}
