import { signIn } from "./support/accounts";
import { e2eDatabaseUrl, withDatabase } from "./support/db";
import { expect, test } from "./support/test";

test.describe("Admin → Posts", () => {
  test("an editor finds a draft by its headline and moves it to the trash", async ({ page }) => {
    test.skip(!e2eDatabaseUrl, "needs the PostgreSQL test database to add a draft");
    const headline = `Spiked story ${Date.now().toString(36)}`;
    await withDatabase(async (sql) => {
      const [author] = await sql<{ id: string }[]>`select id from users where email = 'author@example.com'`;
      await sql`insert into posts (slug, headline, status, author_id) values (${headline.toLowerCase().replace(/\s+/g, "-")}, ${headline}, 'draft', ${author!.id})`;
    });
    await signIn(page, "editor@example.com");
    await page.goto("/admin/posts");
    await page.getByRole("textbox", { name: "Search headlines" }).fill(headline.split(" ").pop()!);
    await page.getByRole("combobox", { name: "Status" }).selectOption("draft");
    await page.getByRole("button", { name: "Filter" }).click();
    const row = page.getByRole("row", { name: new RegExp(headline) });
    await expect(row).toContainText("Draft");
    await expect(row).toContainText("Tom Brennan");
    await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Move to trash (1)" }).click();
    await expect(page.getByRole("status").filter({ hasText: "moved to the trash" })).toHaveText("1 post moved to the trash.");
    await expect(page.getByText("No posts match.")).toBeVisible();
  });

  test("an author sees every post but can only select their own unpublished ones", async ({ page }) => {
    await signIn(page, "author@example.com");
    await page.goto("/admin/posts?status=published");
    await expect(page.getByRole("heading", { name: "Posts", level: 1 })).toBeVisible();
    await expect(page.getByRole("row").nth(1)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^Select “/ })).toHaveCount(0);
  });
});
