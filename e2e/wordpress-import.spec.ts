import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { wxrFooter, wxrHeader, wxrItem } from "../lib/wordpress/wxr-writer";
import { signIn } from "./support/accounts";
import { e2eDatabaseUrl } from "./support/db";
import { expect, test } from "./support/test";

const run = promisify(execFile);

const smallExport = () =>
  wxrHeader({ title: "The Old Gazette", link: "https://old-gazette.example" }, [{ login: "ed", email: "ed@old-gazette.example", displayName: "Ed Gazette" }]) +
  wxrItem({
    title: "A history of the harbour ferry",
    postId: "4021",
    postName: "harbour-ferry-history",
    link: "https://old-gazette.example/2019/04/02/harbour-ferry-history/",
    creator: "ed",
    postDateGmt: "2019-04-02 08:30:00",
    status: "publish",
    content: "<p>The first ferry crossed in 1887.</p>\n<h2>Later years</h2>\n<p>It never stopped.</p>",
    comments: [
      { id: "9", author: "Old Reader", authorEmail: "old.reader@example.test", content: "My grandfather worked the crossing.", approved: "1", parent: "0", userId: "0", dateGmt: "2019-04-03 10:00:00" } as never,
    ],
  }) +
  wxrFooter;

test.describe("importing in the admin panel", () => {
  test("an admin uploads an export, watches it finish, and the old address lands on the story with its comment", async ({ page }) => {
    await signIn(page, "admin@example.com");
    await page.goto("/admin/tools");
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Import from WordPress" })).toBeVisible();
    await page.getByLabel("WordPress export file").setInputFiles({ name: "old-gazette.xml", mimeType: "application/xml", buffer: Buffer.from(smallExport()) });
    await page.getByRole("button", { name: "Upload and import" }).click();
    const run = page.getByRole("listitem").filter({ hasText: "old-gazette.xml" }).first();
    await expect(run).toContainText(/Done in .* s/, { timeout: 30_000 });
    // The progress is kept in the database: a reload shows the same.
    await page.reload();
    await expect(page.getByRole("listitem").filter({ hasText: "old-gazette.xml" }).first()).toContainText(/Done in/);

    await page.goto("/2019/04/02/harbour-ferry-history/");
    await expect(page).toHaveURL(/\/posts\/harbour-ferry-history$/);
    await expect(page.getByRole("heading", { level: 1, name: "A history of the harbour ferry" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Later years" })).toBeVisible();
    await expect(page.getByText("My grandfather worked the crossing.")).toBeVisible();
  });

  test("a cut-off export is refused with a message saying so", async ({ page }) => {
    await signIn(page, "admin@example.com");
    await page.goto("/admin/tools/import");
    const whole = smallExport();
    await page.getByLabel("WordPress export file").setInputFiles({ name: "cut-off.xml", mimeType: "application/xml", buffer: Buffer.from(whole.slice(0, whole.length - 40)) });
    await page.getByRole("button", { name: "Upload and import" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "cut-off.xml" }).first()).toContainText(/ends early/, { timeout: 30_000 });
  });

  test("readers and editors can't reach the import", async ({ page, request }) => {
    expect((await request.post("/admin/tools/import/upload", { data: "x", headers: { "x-broadsheet-upload": "1" } })).status()).toBe(404);
    await signIn(page, "editor@example.com");
    const response = await page.goto("/admin/tools/import");
    expect(response!.status()).toBe(403);
  });
});

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
