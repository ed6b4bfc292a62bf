import { test as base, expect, type Locator, type Page } from "@playwright/test";

/**
 * The test server trusts one proxy hop (TRUSTED_PROXY_HOPS=1), so each test can
 * be its own client address through X-Forwarded-For, as readers behind a real
 * proxy are. Per-address limits then apply per test, not to the whole suite.
 */
export function randomClientIp(): string {
  const part = () => Math.floor(Math.random() * 254) + 1;
  return `198.18.${part()}.${part()}`;
}

export class ArticlePage {
  constructor(readonly page: Page) {}

  get article(): Locator {
    return this.page.getByRole("article").filter({ has: this.page.locator("#article-headline") });
  }
  get headline(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }
  get comments(): Locator {
    return this.page.getByRole("region", { name: /comments/i });
  }
  get latestPosts(): Locator {
    return this.page.getByRole("region", { name: "Latest posts" });
  }
  comment(author: string): Locator {
    return this.comments.getByRole("article", { name: `Comment by ${author}` });
  }
  async open(slug: string) {
    const response = await this.page.goto(`/posts/${slug}`);
    expect(response?.status()).toBe(200);
  }
}

export const test = base.extend<{ articlePage: ArticlePage }>({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": randomClientIp() });
  },
  articlePage: async ({ page }, use) => {
    await use(new ArticlePage(page));
  },
});

export { expect };
