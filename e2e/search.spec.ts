import { expect, test } from "./support/test";

test.describe("site search", () => {
  test("a reader searches from the header, sees the matching story with the words marked, and opens it", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search stories" });
    await box.fill("ferry fares");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=ferry\+fares/);
    const results = page.getByRole("list", { name: "Results for ferry fares" });
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("heading")).toHaveText(/^Ferry fares frozen for island residents/);
    await expect(first.locator("mark").first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await first.getByRole("link", { name: /^Ferry fares frozen for island residents/ }).click();
    await expect(page).toHaveURL(/\/posts\/ferry-fares-frozen-for-island-residents$/);
  });

  test("odd input is answered with a clear page, never an error", async ({ page }) => {
    for (const q of ['"unbalanced', "-", "%00", "x".repeat(3000), "or or or"]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response!.status()).toBe(200);
      await expect(page.getByRole("heading", { name: "Search", exact: true })).toBeVisible();
    }
    await page.goto("/search?q=zzqqxxnotaword");
    await expect(page.getByRole("status")).toContainText("Nothing found for “zzqqxxnotaword”");
  });
});
