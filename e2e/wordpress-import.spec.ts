import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { e2eDatabaseUrl } from "./support/db";
import { expect, test } from "./support/test";

const run = promisify(execFile);

test.describe("moving in from WordPress", () => {
  // The command line opens the server's database itself: PostgreSQL only (the embedded one belongs to the server).
  test.skip(!e2eDatabaseUrl, "needs TEST_DATABASE_URL");

  test("an operator imports an export on the command line; old links to a story land on it", async ({ page, request }) => {
    const file = path.join(process.cwd(), "lib/wordpress/fixtures/theme-preview.xml");
    const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "scripts/import-wordpress.ts", file], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl! },
      timeout: 120_000,
    });
    expect(stdout).toMatch(/Imported from https:\/\/wp-themes\.com/);

    // WordPress's own short link, as it was shared years ago: one permanent redirect.
    const moved = await request.get("/?p=19", { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers().location).toMatch(/\/posts\/worth-a-thousand-words$/);
    await page.goto("/?p=19");
    await expect(page).toHaveURL(/\/posts\/worth-a-thousand-words$/);
    await expect(page.getByRole("heading", { level: 1, name: "Worth A Thousand Words" })).toBeVisible();

    // The comments came along, under the story they were left on.
    await page.goto("/?p=8");
    await expect(page.getByRole("heading", { level: 1, name: "HTML" })).toBeVisible();
    await expect(page.getByText("I never could remember more than the first few lines of that nursery rhyme.")).toBeVisible();

    // An address that was never anything is the site's own 404.
    const missing = await request.get("/2008/10/17/no-such-story/", { maxRedirects: 5 });
    expect(missing.status()).toBe(404);
  });
});
