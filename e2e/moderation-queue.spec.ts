import { signIn } from "./support/accounts";
import { e2eDatabaseUrl, withDatabase } from "./support/db";
import { expect, randomClientIp, test } from "./support/test";

const slug = "city-library-opens-until-midnight-during-exams";

test.describe("moderation queue", () => {
  test("a moderator clears five held comments with the keyboard alone, bulk-spams, undoes, replies from the queue, and readers see exactly the approved ones", async ({ page, browser }) => {
    test.skip(!e2eDatabaseUrl, "needs the PostgreSQL test database to hold five comments on one article");
    const marker = `q${Date.now().toString(36)}`;
    const postId = await withDatabase(async (sql) => {
      const [post] = await sql<{ id: number }[]>`select id from posts where slug = ${slug}`;
      await sql`
        insert into comments (post_id, author_name, author_email, body, status, moderation_reason, created_at)
        select ${post!.id}, 'Held Guest ' || g, 'held' || g || '@example.test', ${marker} || ' held comment ' || g, 'pending',
               'first-time-commenter', now() - interval '1 hour' + (g || ' minutes')::interval
        from generate_series(1, 5) g`;
      return post!.id;
    });

    await signIn(page, "moderator@example.com");
    await page.goto(`/admin/comments?view=pending&post=${postId}`);
    const rows = page.getByRole("list", { name: "Comments" }).getByRole("listitem");
    const status = page.getByRole("status").first();
    await expect(rows).toHaveCount(5);
    // Newest first: 5, 4, 3, 2, 1.
    await expect(rows.first()).toContainText(`${marker} held comment 5`);
    await expect(rows.first()).toContainText("Held: First comment from this person");

    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await page.keyboard.press("a");
    await expect(rows).toHaveCount(4);
    await expect(status).toContainText("1 comment approved.");
    await page.keyboard.press("a");
    await expect(rows).toHaveCount(3);

    // Select 3 and 2, spam both at once, then change our mind.
    await page.keyboard.press("x");
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    await expect(page.getByRole("checkbox", { name: "Select the comment by Held Guest 3" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Select the comment by Held Guest 2" })).toBeChecked();
    await page.keyboard.press("s");
    await expect(rows).toHaveCount(1);
    await expect(status).toContainText("2 comments marked as spam.");
    await page.keyboard.press("z");
    await expect(status).toContainText("Undone: 2 comments put back.");
    await expect(rows).toHaveCount(3);

    // Highlight is on the second row (2): spam it, then approve 3 and trash 1.
    await page.keyboard.press("s");
    await expect(rows).toHaveCount(2);
    await page.keyboard.press("k");
    await page.keyboard.press("a");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(`${marker} held comment 1`);

    // Answer the last one from the queue: the reply is published and approves it.
    await page.keyboard.press("r");
    const replyBox = page.getByRole("textbox", { name: /Your reply to Held Guest 1/ });
    await expect(replyBox).toBeFocused();
    await page.keyboard.type(`Thanks for writing in, ${marker}.`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(status).toContainText("Reply to Held Guest 1 published.");
    await expect(page.getByText("No comments here.")).toBeVisible();

    const counts = page.getByRole("navigation", { name: "Comment status" });
    await expect(counts.getByRole("link", { name: /Pending/ })).toBeVisible();

    const reader = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const readerPage = await reader.newPage();
    await readerPage.goto(`/posts/${slug}`);
    const thread = readerPage.locator("#comments");
    for (const n of [5, 4, 3, 1]) await expect(thread.getByText(`${marker} held comment ${n}`)).toBeVisible();
    await expect(thread.getByText(`${marker} held comment 2`)).toHaveCount(0);
    await expect(thread.getByRole("article", { name: "Comment by Sam Reyes" }).filter({ hasText: `Thanks for writing in, ${marker}.` })).toBeVisible();
    await reader.close();
  });

  test("readers and authors cannot open the queue", async ({ page }) => {
    await signIn(page, "author@example.com");
    expect((await page.goto("/admin/comments"))?.status()).toBe(403);
  });
});

test.describe("commenters", () => {
  test("a moderator blocks a commenter from the queue with a reason, hiding their comments, and lifts it later", async ({ page }) => {
    test.skip(!e2eDatabaseUrl, "needs the PostgreSQL test database to place the comments");
    const email = `pest.${Date.now().toString(36)}@example.test`;
    const postId = await withDatabase(async (sql) => {
      const [post] = await sql<{ id: number }[]>`select id from posts where slug = 'rowing-club-women-win-head-of-the-river'`;
      await sql`
        insert into comments (post_id, author_name, author_email, body, status, created_at)
        values (${post!.id}, 'Pest', ${email}, 'Pest comment held', 'pending', now() - interval '2 hours'),
               (${post!.id}, 'Pest', ${email}, 'Pest comment published', 'approved', now() - interval '3 hours')`;
      return post!.id;
    });
    await signIn(page, "moderator@example.com");
    await page.goto(`/admin/comments?view=pending&post=${postId}&author=${encodeURIComponent(email)}`);
    const row = page.getByRole("listitem", { name: /Comment by Pest/ });
    await row.getByRole("button", { name: "Block…" }).click();
    const form = page.getByRole("form", { name: "Block Pest" });
    await form.getByRole("button", { name: "Block", exact: true }).click();
    await expect(form.getByRole("textbox", { name: "Reason" })).toHaveAccessibleDescription(/Give a reason/);
    await form.getByRole("textbox", { name: "Reason" }).fill("Abusive to other readers");
    await form.getByRole("checkbox", { name: /Hide their existing comments/ }).check();
    await form.getByRole("button", { name: "Block", exact: true }).click();
    await expect(page.getByRole("status").first()).toContainText("Blocked. Their new comments go to spam. 2 comments hidden.");
    await expect(page.getByText("No comments here.")).toBeVisible();

    const reader = await page.context().browser()!.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const readerPage = await reader.newPage();
    await readerPage.goto("/posts/rowing-club-women-win-head-of-the-river");
    await expect(readerPage.getByText("Pest comment published")).toHaveCount(0);
    await reader.close();

    await page.goto("/admin/comments/blocks");
    const blocked = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
    await expect(blocked).toContainText("Abusive to other readers");
    await blocked.getByRole("button", { name: `Lift the block on ${email}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Block lifted" })).toHaveText("Block lifted; 2 hidden comment(s) restored.");
    await expect(blocked).toHaveCount(0);
  });
});
