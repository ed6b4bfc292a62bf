import { signIn } from "./support/accounts";
import { e2eDatabaseUrl, withDatabase } from "./support/db";
import { expect, randomClientIp, test } from "./support/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("the learning spam filter", () => {
  test("a spammy comment lands in spam with the filter's reason shown, and a moderator's “not spam” teaches the filter", async ({ page, browser }) => {
    test.skip(!e2eDatabaseUrl, "needs the PostgreSQL test database to read what the filter learned");
    const tag = unique();
    const slug = `harbour-dredging-${tag}`;
    const postId = await withDatabase(async (sql) => {
      const [author] = await sql<{ id: string }[]>`select id from users where email = 'editor@example.com'`;
      const [post] = await sql<{ id: number }[]>`
        insert into posts (slug, headline, lead, body, status, author_id, published_at, version)
        values (${slug}, ${`Harbour dredging ${tag}`}, 'Lead', 'Body', 'published', ${author!.id}, now() - interval '1 minute', 1)
        returning id`;
      return post!.id;
    });

    // A guest leaves what spammers leave; they are told what any held commenter is told.
    await page.goto(`/posts/${slug}`);
    const form = page.getByRole("region", { name: "Leave a comment" });
    await form.getByRole("textbox", { name: "Name", exact: true }).fill(`Promo ${tag}`);
    await form.getByRole("textbox", { name: "Email", exact: true }).fill(`promo.${tag}@example.test`);
    await form
      .getByRole("textbox", { name: "Comment", exact: true })
      .fill("Check out my channel and subscribe!!! Free money http://cash-now.example and http://subscribe-here.example");
    await page.waitForTimeout(3_200);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByText("Your comment is awaiting moderation.")).toBeVisible();

    // In the spam view, held by the filter, with its reasons.
    const moderator = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const queue = await moderator.newPage();
    await signIn(queue, "moderator@example.com");
    await queue.goto(`/admin/comments?view=spam&post=${postId}`);
    await queue.getByRole("combobox", { name: "Held by" }).selectOption({ label: "The spam filter" });
    await queue.getByRole("button", { name: "Filter" }).click();
    await expect(queue).toHaveURL(/reason=spam-filter/);
    const row = queue.getByRole("listitem", { name: new RegExp(`Comment by Promo ${tag}`) });
    await expect(row).toContainText(/Looks like spam \(score (0\.9\d|1\.00): /);
    await expect(row).toContainText(/'subscribe'|'channel'|links|new domain/);

    // "Not spam": back to the queue, and learned as a good comment.
    await row.getByRole("button", { name: `Not spam the comment by Promo ${tag}` }).click();
    await expect(queue.getByRole("status").first()).toContainText("1 comment restored from spam");
    const learned = await withDatabase(
      (sql) => sql<{ label: string }[]>`select t.label from spam_training t join comments c on c.id = t.comment_id where c.post_id = ${postId}`,
    );
    expect(learned.map((row) => row.label)).toEqual(["ham"]);
    await queue.goto(`/admin/comments?view=pending&post=${postId}`);
    // Waiting in the queue now, still showing why the filter had doubts.
    await expect(queue.getByRole("listitem", { name: new RegExp(`Comment by Promo ${tag}`) })).toContainText(/Looks like spam \(score \d\.\d\d/);
    await moderator.close();
  });
});
