import { signIn } from "./support/accounts";
import { expect, test } from "./support/test";

// Runs after every other spec (its own project in playwright.config.ts): the
// site's title and language are seen by every page, so no other test may be
// reading them while this one changes them.

test.describe("general settings", () => {
  test("an admin renames the site, changes its language and every page follows at once, the 404 included", async ({ page, browser }) => {
    await signIn(page, "admin@example.com");
    await page.goto("/admin/settings/general");
    const title = page.getByRole("textbox", { name: "Site title" });
    const perPage = page.getByRole("textbox", { name: "Posts per page" });
    await title.fill("   ");
    await perPage.fill("500");
    await page.getByRole("textbox", { name: "Tagline" }).fill("News from the quay");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(title).toHaveAccessibleDescription("Give the site a title.");
    await expect(perPage).toHaveAccessibleDescription(/at most 50/);
    await expect(page.getByRole("textbox", { name: "Tagline" })).toHaveValue("News from the quay");

    await title.fill("The Harbourside Herald");
    await perPage.fill("3");
    await page.getByRole("combobox", { name: "Language" }).selectOption("en-US");
    await page.getByRole("combobox", { name: "Time zone" }).selectOption("America/New_York");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "General settings saved." })).toBeVisible();

    const reader = await browser.newPage();
    try {
      await reader.goto("/");
      await expect(reader.getByRole("banner").getByRole("link", { name: "The Harbourside Herald", exact: true })).toBeVisible();
      await expect(reader.getByRole("banner").getByText("News from the quay")).toBeVisible();
      await expect(reader.getByRole("contentinfo")).toContainText("The Harbourside Herald · News from the quay");
      await expect(reader).toHaveTitle("The Harbourside Herald — News from the quay");
      await expect(reader.locator("html")).toHaveAttribute("lang", "en-US");
      // Three posts a page now.
      await expect(reader.getByRole("main").getByRole("article")).toHaveCount(3);
      await reader.goto("/posts/harbourside-tidal-barrier-passes-first-winter-test");
      await expect(reader).toHaveTitle(/— The Harbourside Herald$/);
      const feed = await (await reader.request.get("/feed.xml")).text();
      expect(feed).toContain("<title>The Harbourside Herald</title>");
      expect(feed).toContain("<language>en-US</language>");
      const missing = await reader.goto("/no/such/page");
      expect(missing?.status()).toBe(404);
      await expect(reader.getByRole("banner").getByRole("link", { name: "The Harbourside Herald", exact: true })).toBeVisible();
    } finally {
      await reader.close();
    }
    // Outside the public site (an admin page that isn't there) the bare 404 names the site too.
    const adminMissing = await page.goto("/admin/posts/999999999/edit");
    expect(adminMissing?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "The Harbourside Herald", exact: true })).toBeVisible();
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: "The Harbourside Herald admin" })).toBeVisible();

    // Back to the demo site's settings.
    await page.goto("/admin/settings/general");
    await page.getByRole("textbox", { name: "Site title" }).fill("Broadsheet");
    await page.getByRole("textbox", { name: "Tagline" }).fill("News, argued over in good faith");
    await page.getByRole("textbox", { name: "Posts per page" }).fill("10");
    await page.getByRole("combobox", { name: "Language" }).selectOption("en-GB");
    await page.getByRole("combobox", { name: "Time zone" }).selectOption("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "General settings saved." })).toBeVisible();
  });

  test("only admins reach the page", async ({ page }) => {
    await signIn(page, "editor@example.com");
    expect((await page.goto("/admin/settings/general"))?.status()).toBe(403);
  });
});
