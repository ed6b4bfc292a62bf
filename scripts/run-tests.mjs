// `npm test`: every suite in turn (lint, types, unit, integration, browser), all of
// them run even when one fails, then one totals line: "N passed, N failed[, N skipped]".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const RESULTS = ".test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const vitestJson = (name) => `--reporter=default --reporter=json --outputFile.json=${RESULTS}/${name}.json`;

const suites = [
  { name: "lint", command: "npx eslint . --max-warnings=0" },
  { name: "typecheck", command: "npx tsc --noEmit" },
  { name: "unit", command: `npx vitest run --config vitest.unit.config.ts ${vitestJson("unit")}`, report: "vitest" },
  {
    name: "integration",
    command: `npx vitest run --config vitest.integration.config.ts ${vitestJson("integration")}`,
    report: "vitest",
  },
  // The embedded database serializes every query through one connection, so a
  // query issued outside an open transaction waits forever there while PostgreSQL
  // would answer it. Running the same suite on PGlite catches that.
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: "integration-pglite",
          command: `npx vitest run --config vitest.integration.config.ts ${vitestJson("integration-pglite")}`,
          report: "vitest",
          env: { TEST_DATABASE_URL: "" },
        },
      ]
    : []),
  { name: "e2e", command: "npx playwright test", report: "playwright" },
];

const SUITE_TIMEOUT_MS = 20 * 60_000;

function countsFrom(suite, exitCode) {
  const file = `${RESULTS}/${suite.name}.json`;
  // A check (lint, types) counts as one test; a runner that crashed before
  // writing its report counts as one failure.
  if (!suite.report || !existsSync(file)) {
    return { passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  const counts =
    suite.report === "vitest"
      ? {
          passed: report.numPassedTests,
          failed: report.numFailedTests,
          skipped: report.numPendingTests + report.numTodoTests,
        }
      : {
          passed: report.stats.expected + report.stats.flaky,
          failed: report.stats.unexpected,
          skipped: report.stats.skipped,
        };
  // A runner that failed outside any test (a crashed setup) must not read as green.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

// Browser tests use Debian's Chromium when present; elsewhere Playwright's own,
// fetched once here so the one test command also works on a fresh laptop.
const systemChromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(systemChromium)) {
  console.log(`No browser at ${systemChromium}; installing Playwright's Chromium.`);
  spawnSync("npx playwright install chromium", { shell: true, stdio: "inherit" });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const suite of suites) {
  console.log(`\n=== ${suite.name}: ${suite.command}`);
  const started = Date.now();
  const { status, error } = spawnSync(suite.command, {
    shell: true,
    stdio: "inherit",
    env: { ...process.env, ...suite.env },
    timeout: SUITE_TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  if (error) console.log(`${suite.name}: ${error.message}`);
  const counts = countsFrom(suite, status ?? 1);
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  lines.push(
    `${suite.name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

writeFileSync(`${RESULTS}/totals.json`, JSON.stringify(totals));
console.log(`\n=== summary\n${lines.join("\n")}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
