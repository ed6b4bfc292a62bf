import { expect, randomClientIp, test } from "./support/test";
import { createReader, signIn } from "./support/accounts";

test.describe("admin access", () => {
  test("a signed-out visitor is sent to sign in and comes back to the admin panel", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers$/);
    await page.getByLabel("Email").fill("admin@example.com");
    await page.getByLabel("Password").fill("broadsheet-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  });

  test("a reader opening /admin is refused with a 403 page", async ({ page }) => {
    await signIn(page, "reader@example.com");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
    expect((await page.goto("/admin/users"))?.status()).toBe(403);
  });

  test("a moderator sees the dashboard but not user management", async ({ page }) => {
    await signIn(page, "moderator@example.com");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Comments" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toHaveCount(0);
    expect((await page.goto("/admin/users"))?.status()).toBe(403);
  });

  test("an admin promotes a reader, who gains access at once, then disables them, who loses it at once", async ({ browser, page }) => {
    const reader = await createReader(browser, "Gareth Hughes");
    const readerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const readerPage = await readerContext.newPage();
    await signIn(readerPage, reader.email, reader.password);
    expect((await readerPage.goto("/admin"))?.status()).toBe(403);

    await signIn(page, "admin@example.com");
    await page.goto(`/admin/users?q=${encodeURIComponent(reader.email)}`);
    const row = page.getByRole("row", { name: /Gareth Hughes/ });
    await row.getByLabel("Role for Gareth Hughes", { exact: true }).selectOption("moderator");
    await row.getByRole("button", { name: "Save role for Gareth Hughes" }).click();
    await expect(row.getByText("Role saved for Gareth Hughes.")).toBeVisible();
    await expect(page.getByLabel("Role for Gareth Hughes", { exact: true })).toHaveValue("moderator");

    // Same session cookie, new role: the role is read from the database on every request.
    expect((await readerPage.goto("/admin"))?.status()).toBe(200);
    await expect(readerPage.getByText("Signed in as Gareth Hughes, moderator.")).toBeVisible();

    await row.getByRole("button", { name: "Disable Gareth Hughes" }).click();
    await expect(row.getByRole("cell", { name: "Disabled" })).toBeVisible();
    await readerPage.goto("/admin");
    await expect(readerPage).toHaveURL(/\/sign-in/);
    await readerContext.close();
  });

  test("an admin cannot change their own role", async ({ page }) => {
    await signIn(page, "admin@example.com");
    await page.goto("/admin/users?q=admin%40example.com");
    await expect(page.getByLabel("Role for Ada Okafor", { exact: true })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Disable Ada Okafor" })).toBeDisabled();
  });

  test("an admin sees the site's outgoing mail, a moderator may not", async ({ browser, page }) => {
    // A reader of its own asks for a reset link: that email goes through the queue.
    const reader = await createReader(browser, "Mail Queue Reader");
    const asker = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const askerPage = await asker.newPage();
    await askerPage.goto("/forgot-password");
    await askerPage.getByLabel("Email").fill(reader.email);
    await askerPage.getByRole("button", { name: "Send reset link" }).click();
    await expect(askerPage.getByRole("status")).toContainText(`If an account uses ${reader.email}`);
    await asker.close();

    await signIn(page, "admin@example.com");
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Outgoing mail" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Outgoing mail" })).toBeVisible();
    await page.getByRole("link", { name: /^Sent \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/status=sent/);
    // Sent once the answer was out; the page shows it on the next load at the latest.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("row").filter({ hasText: reader.email }).filter({ hasText: /Reset your .* password/ })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    const moderator = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const moderatorPage = await moderator.newPage();
    await signIn(moderatorPage, "moderator@example.com");
    expect((await moderatorPage.goto("/admin/mail"))?.status()).toBe(403);
    await moderator.close();
  });
});
