import { signIn } from "./support/accounts";
import { e2eDatabaseUrl, withDatabase } from "./support/db";
import { expect, test } from "./support/test";

test.describe("the dashboard", () => {
  test("a moderator sees the held comments on the chart and follows it to the filtered queue", async ({ page }) => {
    await signIn(page, "moderator@example.com");
    await page.goto("/admin");
    const comments = page.getByRole("region", { name: "Comments", exact: true });
    const pending = Number((await comments.getByText("Pending", { exact: true }).locator("xpath=following-sibling::dd").innerText()).replace(/,/g, ""));
    expect(pending).toBeGreaterThan(0);

    const chart = page.getByRole("region", { name: "Moderation, last 30 days" });
    await expect(chart.getByRole("img", { name: /Comments per day over the last 30 days, by outcome/ })).toBeVisible();
    // The figures are also a table for those who don't see the chart.
    await chart.getByText("The figures as a table").first().click();
    await expect(chart.getByRole("table", { name: /Comments per day/ })).toBeVisible();
    await expect(chart.getByRole("link", { name: /^waiting / })).toBeVisible();
    // No publishing figures for a moderator.
    await expect(page.getByRole("region", { name: "Publishing, last 12 weeks" })).toHaveCount(0);

    await chart.getByRole("link", { name: "Held", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/comments\?view=pending$/);
    await expect(page.getByRole("link", { name: /^Pending/ })).toHaveAttribute("aria-current", "page");
    // Other tests add and clear held comments meanwhile: the tab shows some, not necessarily the same number.
    const tab = Number(/\(([\d,]+)\)/.exec(await page.getByRole("link", { name: /^Pending/ }).innerText())![1]!.replace(/,/g, ""));
    expect(tab).toBeGreaterThan(0);
  });

  test("an author sees their own posts' figures and nobody else's", async ({ page }) => {
    await signIn(page, "author@example.com");
    await page.goto("/admin");
    const own = page.getByRole("region", { name: "Your posts" });
    await expect(own).toBeVisible();
    const items = own.getByRole("list", { name: /Published comments on each of your latest posts/ }).getByRole("listitem");
    await expect(items.first()).toBeVisible();
    // Only their own posts: every listed headline is one of theirs.
    const listed = (await items.getByRole("link").allInnerTexts()).map((text) => text.replace(/ \([^)]*\)$/, ""));
    expect(listed.length).toBeGreaterThan(0);
    if (e2eDatabaseUrl) {
      const theirs = await withDatabase((sql) => sql<{ headline: string }[]>`select p.headline from posts p join users u on u.id = p.author_id where u.email = 'author@example.com'`);
      for (const headline of listed) expect(theirs.map((row) => row.headline)).toContain(headline);
    }
    await expect(page.getByRole("region", { name: "Moderation, last 30 days" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Publishing, last 12 weeks" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Posts", exact: true })).toHaveCount(0);
  });
});
