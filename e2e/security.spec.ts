import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import { signIn } from "./support/accounts";

const ARTICLE = "/posts/university-team-grows-seagrass-in-harbour-mud";
const unique = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test.describe("security headers", () => {
  test("pages are sent byte for byte as rendered, with a CSP naming exactly their inline scripts", async ({ request }) => {
    for (const path of ["/", ARTICLE, "/sign-in"]) {
      const first = await request.get(path);
      const second = await request.get(path);
      const policy = first.headers()["content-security-policy"] ?? "";
      const html = await first.text();
      expect(policy).not.toMatch(/nonce|strict-dynamic|script-src[^;]*'unsafe-inline'/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(html).not.toMatch(/<script[^>]*\snonce=/);
      // Scripts the browser runs; JSON-LD is data, which no policy governs.
      const inline = [...html.matchAll(/<script(?![^>]*\s(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      expect(inline.length).toBeGreaterThan(0);
      for (const script of inline) expect(policy).toContain(hashOf(script));
      const data = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      if (path === ARTICLE) expect(data.length).toBeGreaterThan(0);
      for (const json of data) expect(policy).not.toContain(hashOf(json));
      if (path !== "/sign-in") {
        // Cached pages: the same bytes for everyone, so they can be compressed once and revalidated.
        expect(await second.text()).toBe(html);
        expect(second.headers()["content-security-policy"]).toBe(policy);
        expect(first.headers().etag).toBeTruthy();
      }
    }
  });

  test("responses carry the other protective headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("pages run under the policy without violations, and the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page, "reader@example.com");
    await page.goto(ARTICLE);
    // The header's signed-in state is filled in by client script on a cached page.
    await expect(page.getByRole("banner").getByText("Signed in as Priya Nair")).toBeVisible();
    await page.getByRole("link", { name: "Science", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Science" })).toBeVisible();
    expect(violations).toEqual([]);

    const session = (await context.cookies()).find((cookie) => cookie.name.includes("session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });

  test("responses are compressed for clients that accept it", async ({ request }) => {
    const response = await request.get(ARTICLE, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers()["content-encoding"]).toBe("gzip");
    expect(await response.text()).toContain("University team grows seagrass");
  });
});

test.describe("attacks that must fail", () => {
  test("a <script inside a Markdown link title runs for nobody: not the reader, not the editor previewing it", async ({ page, browser }) => {
    const headline = `Title trick ${unique()}`;
    await signIn(page, "editor@example.com");
    await page.goto("/admin/posts/new");
    await page.getByRole("textbox", { name: "Headline" }).fill(headline);
    await page
      .getByRole("textbox", { name: "Body" })
      .fill('[x](https://example.com "<script ><script>window.__pwn=1</script>")\n\n<script>window.__pwn=2</script> <img src=x onerror="window.__pwn=3">');
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    const id = /\/admin\/posts\/(\d+)\/edit/.exec(page.url())![1];
    await page.goto(`/preview/${id}`);
    await expect(page.getByRole("heading", { name: headline, level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwn?: number }).__pwn)).toBeUndefined();

    await page.goto(`/admin/posts/${id}/edit`);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("post-status")).toHaveText("Published");
    const slug = await page.getByRole("textbox", { name: "Address (slug)" }).inputValue();
    const reader = await browser.newPage();
    await reader.goto(`/posts/${slug}`);
    await expect(reader.getByRole("heading", { name: headline, level: 1 })).toBeVisible();
    // Our scripts ran (the comment preview works only with them) and the planted ones did not.
    await reader.getByRole("textbox", { name: /Comment/ }).fill("*scripts run*");
    await reader.getByRole("button", { name: "Preview" }).click();
    await expect(reader.getByRole("region", { name: "Preview" }).locator("em")).toHaveText("scripts run");
    expect(await reader.evaluate(() => (window as { __pwn?: number }).__pwn)).toBeUndefined();
    await reader.close();
  });

  test("a session cookie replayed after signing out is a stranger's", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "moderator@example.com");
    const cookies = await context.cookies();
    const banner = page.getByRole("banner");
    await page.goto("/");
    await banner.getByRole("button", { name: "Sign out" }).click();
    await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();

    // An attacker who copied the cookie before sign-out.
    const thief = await browser.newContext();
    await thief.addCookies(cookies);
    const me = await thief.request.get("/api/me");
    expect(await me.json()).toEqual({ user: null });
    const stolen = await thief.newPage();
    await stolen.goto("/admin/comments");
    await expect(stolen).toHaveURL(/\/sign-in/);
    await context.close();
    await thief.close();
  });

  test("the account page lists sessions and signs out everywhere", async ({ browser }) => {
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const first = await laptop.newPage();
    const second = await phone.newPage();
    await signIn(first, "author@example.com");
    await signIn(second, "author@example.com");
    await first.goto("/account");
    const sessions = first.getByRole("region", { name: "Where you’re signed in" });
    await expect(sessions.getByText("this browser")).toBeVisible();
    await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(first.getByRole("status")).toContainText("signed out on every device");
    await second.goto("/account");
    await expect(second).toHaveURL(/\/sign-in/);
    await laptop.close();
    await phone.close();
  });

  test("a signed-in visitor is never sent off-site by the sign-in page", async ({ page }) => {
    await signIn(page, "reader@example.com");
    for (const target of ["/.//evil.example", "/a/..//evil.example", "/%2e//evil.example", "//evil.example", "https://evil.example"]) {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    }
  });

  test("a comment permalink answers with an address on this site, whatever host the server listens on", async ({ request }) => {
    const response = await request.get("/comment/1", { maxRedirects: 0 });
    if (response.status() === 302) expect(response.headers().location).toMatch(/^\/posts\//);
    else expect(response.status()).toBe(404);
  });

  test("hundreds of requests for addresses that don't exist leave nothing behind on disk", async ({ request }) => {
    // Each is a 404 rendered afresh (nothing about a miss is kept): slow on purpose.
    test.setTimeout(180_000);
    const files = () => {
      let count = 0;
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory()) walk(path.join(dir, entry.name));
          else count += statSync(path.join(dir, entry.name)).isFile() ? 1 : 0;
        }
      };
      walk(".next");
      return count;
    };
    const before = files();
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request.get(i % 2 ? `/posts/no-such-story-${batch}-${i}-${unique()}` : `/page/${Date.now() - batch * 1000 - i}-${i + 1}`),
        ),
      );
    }
    expect(files()).toBe(before);
  });

  test("a long unbroken word in a comment stays inside the page", async ({ page, articlePage }) => {
    await articlePage.open("university-team-grows-seagrass-in-harbour-mud");
    await page.getByRole("textbox", { name: /Name/ }).fill("Long Word");
    await page.getByRole("textbox", { name: /Email/ }).fill(`long.${unique()}@example.test`);
    await page.getByRole("textbox", { name: /Comment/ }).fill("a".repeat(2_000));
    await page.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByText("awaiting moderation").first()).toBeVisible();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  });
});
