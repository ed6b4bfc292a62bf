import { test as base, expect, type Locator, type Page } from "@playwright/test";

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
  articlePage: async ({ page }, use) => {
    await use(new ArticlePage(page));
  },
});

export { expect };
