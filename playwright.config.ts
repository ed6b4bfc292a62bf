import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Shared with the web server and every worker through the environment: where the
// app writes mail (tests read sign-up and reset links from it) and its public URL.
process.env.MAIL_OUTBOX_DIR ??= path.resolve(".test-data", `outbox-${Date.now()}`);
process.env.SITE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium where it exists (no download needed); Playwright's own elsewhere.
const systemChromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores run the server, two browsers and the database: give answers time.
  expect: { timeout: 10_000 },
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /site-settings\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grep: /@phone/ },
    // Changes what every page shows (title, language): after everything else.
    { name: "site-settings", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: /site-settings\.spec\.ts/, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    command: `npx tsx --conditions=react-server e2e/support/start-server.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
