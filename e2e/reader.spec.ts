import { expect, test } from "./support/test";

const LEAD_STORY = "night-buses-return-to-harbourside-after-six-years";

test.describe("reader pages", () => {
  test("home page lists the latest published posts with their details @phone", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Broadsheet/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Broadsheet", exact: true })).toBeVisible();

    // Other tests publish posts of their own at the same time: find the demo story by name.
    const lead = page.getByRole("article").filter({ has: page.getByRole("link", { name: "Night buses return to Harbourside after six years" }) });
    await expect(lead).toHaveCount(1);
    await expect(lead.getByText("Transport", { exact: true })).toBeVisible();
    await expect(lead.getByText(/Three routes will run every 30 minutes/)).toBeVisible();
    await expect(lead.getByText("Marta Lindqvist")).toBeVisible();
    await expect(lead.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    // Approved comments only: 5 approved, 1 pending and 1 spam on this post.
    await expect(lead.getByRole("link", { name: "5 comments" })).toBeVisible();

    await expect(page.getByRole("article")).toHaveCount(10);
    await expect(page.getByText("What the council will decide")).toHaveCount(0);
    await expect(page.getByText("Draft: an interview")).toHaveCount(0);

    // Phones must not scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("older posts are reached by keyset pagination and lead back to the latest", async ({ page }) => {
    await page.goto("/");
    // Other tests may publish while this one pages: keyset pages stay put regardless.
    const seen: string[] = [];
    const older = page.getByRole("link", { name: "Older posts →" });
    for (let pages = 0; ; pages++) {
      const headlines = await page.getByRole("article").getByRole("heading").allInnerTexts();
      seen.push(...headlines);
      if ((await older.count()) === 0) break;
      expect(headlines).toHaveLength(10);
      expect(pages).toBeLessThan(10);
      await older.click();
      await expect(page).toHaveURL(/\/page\/\d+-\d+$/);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(13);
    expect(seen).toContain("Harbour Road cycle lane divides traders a year after it opened");
    expect(seen).toContain("Night buses return to Harbourside after six years");
    await page.getByRole("link", { name: "← Latest posts" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("an article shows every part of the story and its comment threads @phone", async ({ page, articlePage }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Night buses return to Harbourside after six years" }).click();
    await expect(page).toHaveURL(new RegExp(`/posts/${LEAD_STORY}$`));

    const article = articlePage.article;
    await expect(articlePage.headline).toHaveText("Night buses return to Harbourside after six years");
    await expect(article.getByText("Transport", { exact: true }).first()).toBeVisible();
    await expect(article.getByText(/^Three routes will run every 30 minutes/)).toBeVisible();
    await expect(article.getByText("Marta Lindqvist")).toBeVisible();
    await expect(article.locator("header time")).toHaveAttribute("datetime", /^\d{4}-/);
    await expect(article.getByRole("heading", { level: 2, name: "Who the routes serve" })).toBeVisible();
    await expect(article.getByRole("heading", { level: 2, name: "What it costs" })).toBeVisible();
    await expect(article.locator("blockquote")).toContainText("This changes my life");
    await expect(article.getByRole("link", { name: "published report" })).toHaveAttribute(
      "href",
      "https://example.org/harbourside/transport-committee-report",
    );
    await expect(article.getByText("Source:")).toBeVisible();
    await expect(article.getByRole("link", { name: "Harbourside City Council" })).toBeVisible();
    await expect(article.getByRole("link", { name: "City", exact: true })).toBeVisible();
    await expect(article.getByRole("link", { name: "#Transport" })).toBeVisible();

    const latest = articlePage.latestPosts.getByRole("listitem");
    await expect(latest).toHaveCount(5);
    await expect(articlePage.latestPosts).not.toContainText("Night buses return");

    await expect(articlePage.comments.getByRole("heading", { name: "5 comments" })).toBeVisible();
    await expect(articlePage.comment("Dev Patel").first()).toContainText("The last bus from the hospital leaves at 23:10");
    // Replies are nested inside the thread of the comment they answer.
    const thread = articlePage.comments.locator("ol > li").first();
    await expect(thread.getByRole("article").first()).toHaveAccessibleName("Comment by Dev Patel");
    const replies = thread.locator("ol").first();
    await expect(replies.getByRole("article", { name: "Comment by Aisling Murphy" })).toBeVisible();
    const nestedReply = replies.locator("ol").getByRole("article", { name: "Comment by Dev Patel" });
    await expect(nestedReply).toContainText("staff entrance");
    await expect(nestedReply.locator("strong")).toHaveText("staff entrance");

    // Held and spam comments, and every email address, stay out of the page.
    await expect(page.getByText("Does anyone know if bikes")).toHaveCount(0);
    await expect(page.getByText("Cheap Watches")).toHaveCount(0);
    expect(await page.content()).not.toMatch(/@example\.net|@spam\.example/);
  });

  test("a comment permalink scrolls to the comment", async ({ page, articlePage }) => {
    await articlePage.open(LEAD_STORY);
    const link = articlePage.comment("Lena Fischer").locator("header a").last();
    await link.click();
    await expect(page).toHaveURL(/#comment-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test("following a category link opens its archive", async ({ page, articlePage }) => {
    await articlePage.open(LEAD_STORY);
    await articlePage.article.getByRole("link", { name: "City", exact: true }).click();
    await expect(page).toHaveURL(/\/category\/city$/);
    await expect(page.getByRole("heading", { level: 1, name: "City" })).toBeVisible();
    await expect(page.getByText("Council, transport, housing")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(4);
    await expect(page.getByRole("link", { name: /Tidal barrier/ })).toHaveCount(0);
  });

  test("the section navigation and tag archives work", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Sport" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sport" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(2);

    await page.goto("/tag/climate");
    await expect(page.getByRole("heading", { level: 1, name: "Climate" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(3);
  });

  test("an article with closed comments says so", async ({ articlePage }) => {
    await articlePage.open("cycle-lane-on-harbour-road-divides-traders");
    await expect(articlePage.comments.getByText("Comments are closed on this article.")).toBeVisible();
  });

  test("unknown and unpublished articles get a helpful 404 @phone", async ({ page }) => {
    for (const slug of ["no-such-story", "draft-harbour-master-interview", "budget-vote-preview-what-the-council-will-decide"]) {
      const response = await page.goto(`/posts/${slug}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Go to the front page" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Latest posts" }).getByRole("listitem")).toHaveCount(5);
    }
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();

    expect((await page.goto("/category/no-such-section"))?.status()).toBe(404);
    expect((await page.goto("/page/not-a-cursor"))?.status()).toBe(404);
  });

  test("an article asks for nothing that isn't there: favicon, icons and manifest all answer", async ({ page, request }) => {
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto("/posts/night-buses-return-to-harbourside-after-six-years");
    await page.waitForLoadState("networkidle");
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    for (const [path, type] of [
      ["/favicon.ico", "image/x-icon"],
      ["/icon.svg", "image/svg+xml"],
      ["/apple-touch-icon.png", "image/png"],
      ["/icon-192.png", "image/png"],
      ["/manifest.webmanifest", "application/manifest+json"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain(type);
    }
    const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { icons: { src: string }[] };
    expect(manifest.icons.map((icon) => icon.src)).toContain("/icon-512.png");
  });

  test("an article's scripts carry no Node polyfills (the comment form once shipped a 20 kB Buffer)", async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.text());
    });
    await page.goto(`/posts/${LEAD_STORY}`);
    await page.waitForLoadState("networkidle");
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(body).not.toContain("Argument must be a Buffer");
  });
});
