// `npm test`: every suite (lint, types, unit, integration on PostgreSQL and on
// PGlite, browser), all of them run even when one fails, then one totals line:
// "N passed, N failed[, N skipped]". Suites in one stage run side by side (each
// one's output is printed whole when it ends); the browser tests run alone, as
// they time what a person waits for.
import { spawn, spawnSync } from "node:child_process";
import { clearTimeout } from "node:timers";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";

const RESULTS = ".test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const vitestJson = (name) =>
  `--reporter=default --reporter=json --outputFile.json=${RESULTS}/${name}.json`;

const stages = [
  [
    { name: "lint", command: "npx eslint . --max-warnings=0" },
    { name: "typecheck", command: "npx tsc --noEmit" },
    {
      name: "unit",
      command: `npx vitest run --config vitest.unit.config.ts ${vitestJson("unit")}`,
      report: "vitest",
    },
  ],
  [
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
  ],
  [{ name: "e2e", command: "npx playwright test", report: "playwright" }],
];

const SUITE_TIMEOUT_MS = 20 * 60_000;

function countsFrom(suite, exitCode) {
  const file = `${RESULTS}/${suite.name}.json`;
  // A check (lint, types) counts as one test; a runner that crashed before
  // writing its report counts as one failure.
  if (!suite.report || !existsSync(file)) {
    return {
      passed: exitCode === 0 ? 1 : 0,
      failed: exitCode === 0 ? 0 : 1,
      skipped: 0,
    };
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

/** Names and first message lines of a suite's failed tests, from its JSON report. */
function failuresFrom(suite) {
  const file = `${RESULTS}/${suite.name}.json`;
  if (!suite.report || !existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, "utf8"));
  const firstLine = (message = "") =>
    String(message)
      // eslint-disable-next-line no-control-regex -- terminal colour codes
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .find((line) => line.trim()) ?? "";
  const found = [];
  if (suite.report === "vitest") {
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status === "failed")
          found.push(
            `${file.name.replace(process.cwd() + "/", "")} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
          );
      }
      if (
        file.status === "failed" &&
        !(file.assertionResults ?? []).some((t) => t.status === "failed")
      )
        found.push(
          `${file.name.replace(process.cwd() + "/", "")}: ${firstLine(file.message)}`,
        );
    }
  } else {
    const walk = (node, trail) => {
      for (const spec of node.specs ?? []) {
        for (const test of spec.tests ?? []) {
          if (test.status !== "unexpected") continue;
          const result = test.results?.at(-1);
          found.push(
            `${[...trail, spec.title].join(" › ")}: ${firstLine(result?.error?.message)}`,
          );
        }
      }
      for (const child of node.suites ?? [])
        walk(child, [...trail, child.title]);
    };
    for (const top of report.suites ?? []) walk(top, [top.title]);
  }
  return found;
}

// Browser tests use Debian's Chromium when present; elsewhere Playwright's own,
// fetched once here so the one test command also works on a fresh laptop.
const systemChromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(systemChromium)) {
  console.log(
    `No browser at ${systemChromium}; installing Playwright's Chromium.`,
  );
  spawnSync("npx playwright install chromium", {
    shell: true,
    stdio: "inherit",
  });
}

/** Runs one suite with its output in a file, printed whole when it ends. */
function run(suite, alone) {
  return new Promise((resolve) => {
    const started = Date.now();
    const logFile = `${RESULTS}/${suite.name}.log`;
    const out = alone ? "inherit" : createWriteStream(logFile);
    if (alone) console.log(`\n=== ${suite.name}: ${suite.command}`);
    const child = spawn(suite.command, {
      shell: true,
      stdio: ["ignore", alone ? "inherit" : "pipe", alone ? "inherit" : "pipe"],
      env: { ...process.env, ...suite.env },
      detached: true,
    });
    if (!alone) {
      child.stdout.pipe(out, { end: false });
      child.stderr.pipe(out, { end: false });
    }
    const timer = setTimeout(() => {
      console.log(
        `${suite.name}: timed out after ${SUITE_TIMEOUT_MS / 60_000} minutes`,
      );
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, SUITE_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      const finish = () => {
        if (!alone)
          console.log(
            `\n=== ${suite.name}: ${suite.command}\n${readFileSync(logFile, "utf8")}`,
          );
        resolve({
          suite,
          status: code ?? 1,
          seconds: (Date.now() - started) / 1000,
        });
      };
      if (alone) finish();
      else out.end(finish);
    });
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const failures = [];
for (const stage of stages) {
  const results = await Promise.all(
    stage.map((suite) => run(suite, stage.length === 1)),
  );
  for (const { suite, status, seconds } of results) {
    const counts = countsFrom(suite, status);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    for (const failure of failuresFrom(suite))
      failures.push(`${suite.name}: ${failure}`);
    lines.push(
      `${suite.name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds.toFixed(1)} s)`,
    );
  }
}

writeFileSync(`${RESULTS}/totals.json`, JSON.stringify(totals));
writeFileSync(`${RESULTS}/failures.txt`, failures.map((f) => `${f}\n`).join(""));
// Failed tests are named again here, so the end of a long log says what broke.
if (failures.length > 0)
  console.log(`\n=== failed tests\n${failures.slice(0, 40).join("\n")}`);
console.log(`\n=== summary\n${lines.join("\n")}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
