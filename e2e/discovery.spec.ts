import { signIn } from "./support/accounts";
import { expect, test } from "./support/test";

const STORY = "harbourside-tidal-barrier-passes-first-winter-test";

test.describe("author pages", () => {
  test("a reader follows a byline to the author's page, with their bio and stories, and pages through them", async ({ page }) => {
    await page.goto(`/posts/${STORY}`);
    await page.getByRole("article").getByRole("link", { name: "Tom Brennan" }).first().click();
    await expect(page).toHaveURL(/\/author\/tom-brennan$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tom Brennan" })).toBeVisible();
    await expect(page.getByText("Tom writes about science, the harbour and the weather that batters it.")).toBeVisible();
    await expect(page.getByRole("link", { name: /Tidal barrier passes its first winter test/ })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/author\/tom-brennan$/);
    expect((await page.request.get("/author/no-such-person")).status()).toBe(404);
    // A reader's account has no author page.
    expect((await page.request.get("/author/priya-nair")).status()).toBe(404);
  });

  test("an author edits their bio on the account page and the author page shows it at once", async ({ page, browser }) => {
    const bio = `Tom writes about science and the harbour. Edited ${Date.now()}.\n\nSecond paragraph.`;
    await signIn(page, "author@example.com");
    await page.goto("/account");
    const section = page.getByRole("region", { name: "Author bio" });
    // The box stops at 1,000 characters itself; what only the server can judge comes back beside it, the text kept.
    const zalgo = `Tom${"\u0301".repeat(9)} writes`;
    await section.getByRole("textbox", { name: "Bio" }).fill(zalgo);
    await section.getByRole("button", { name: "Save bio" }).click();
    await expect(section.getByRole("textbox", { name: "Bio" })).toHaveAccessibleDescription("Use at most 4 accents on one letter.");
    await expect(section.getByRole("textbox", { name: "Bio" })).toHaveValue(zalgo);
    await section.getByRole("textbox", { name: "Bio" }).fill(bio);
    await section.getByRole("button", { name: "Save bio" }).click();
    await expect(section.getByRole("status")).toHaveText("Your bio is saved.");

    const reader = await browser.newPage();
    await reader.goto("/author/tom-brennan");
    await expect(reader.getByText("Second paragraph.")).toBeVisible();
    await expect(reader.getByText(bio.split("\n")[0]!)).toBeVisible();
    await reader.close();
    // Put the demo bio back for anyone reading after.
    await section.getByRole("textbox", { name: "Bio" }).fill("Tom writes about science, the harbour and the weather that batters it.");
    await section.getByRole("button", { name: "Save bio" }).click();
    await expect(section.getByRole("status")).toHaveText("Your bio is saved.");
  });

  test("a reader's account page offers no bio", async ({ page }) => {
    await signIn(page, "reader@example.com");
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Author bio" })).toHaveCount(0);
  });
});

test.describe("for search engines and feed readers", () => {
  test("an article carries its canonical address, structured data, social cards and feed links", async ({ page }) => {
    await page.goto(`/posts/${STORY}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/posts/${STORY}$`));
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((text) => JSON.parse(text) as { "@type": string; headline?: string; author?: { url: string }[]; itemListElement?: { name: string }[] });
    const article = data.find((block) => block["@type"] === "NewsArticle");
    expect(article?.headline).toMatch(/^Tidal barrier passes its first winter test/);
    expect(article?.author?.[0]?.url).toMatch(/\/author\/tom-brennan$/);
    expect(data.find((block) => block["@type"] === "BreadcrumbList")?.itemListElement?.length).toBeGreaterThanOrEqual(2);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", /summary/);

    const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"], link[rel="alternate"][type="application/atom+xml"]');
    const hrefs = await feeds.evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
    expect(hrefs).toEqual(expect.arrayContaining([`/posts/${STORY}/comments/feed.xml`, "/feed.xml", "/atom.xml", "/comments/feed.xml"].map((path) => expect.stringMatching(new RegExp(`${path.replace(/\./g, "\\.")}$`)))));
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(await response.text()).toMatch(/^<\?xml/);
    }
  });

  test("robots.txt names the sitemap index, and every sitemap it lists answers", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Disallow: \/admin/);
    const sitemap = /Sitemap: (\S+)/.exec(robots)![1]!;
    const index = await (await request.get(new URL(sitemap).pathname)).text();
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(files).toContain("/sitemaps/posts-0.xml");
    for (const file of files) expect((await request.get(file)).status(), file).toBe(200);
    expect(await (await request.get("/sitemaps/posts-0.xml")).text()).toContain(`/posts/${STORY}</loc>`);
  });
});
