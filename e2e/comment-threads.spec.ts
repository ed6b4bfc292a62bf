import type { Page } from "@playwright/test";
import { createReader, signIn } from "./support/accounts";
import { e2eDatabaseUrl, withDatabase } from "./support/db";
import { expect, randomClientIp, test } from "./support/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function write(page: Page, fields: { name?: string; email?: string; body: string }) {
  const form = page.getByRole("region", { name: /Leave a comment|Reply to/ });
  if (fields.name !== undefined) await form.getByRole("textbox", { name: "Name", exact: true }).fill(fields.name);
  if (fields.email !== undefined) await form.getByRole("textbox", { name: "Email", exact: true }).fill(fields.email);
  await form.getByRole("textbox", { name: "Comment", exact: true }).fill(fields.body);
  await page.waitForTimeout(3_200);
  await form.getByRole("button", { name: "Post comment" }).click();
  return form;
}

test.describe("changing your own comment", () => {
  test("a guest edits their published comment within the window; later the change is refused and the controls go", async ({ page, browser }) => {
    test.skip(!e2eDatabaseUrl, "needs the PostgreSQL test database to move the clock");
    const slug = "old-bonded-warehouse-to-become-300-homes";
    const body = `The affordable share should be 40% ${unique()}`;
    await page.goto(`/posts/${slug}`);
    await write(page, { name: "Ruth Coles", email: "ruth.coles@example.net", body });
    await expect(page.getByText("Your comment is published.")).toBeVisible();

    const mine = page.getByRole("article", { name: "Comment by Ruth Coles" }).filter({ hasText: body });
    await expect(mine).toBeVisible();
    await expect(mine.getByText(/You can change this for 1[45] more minutes/)).toBeVisible();
    await mine.getByRole("button", { name: "Edit" }).click();
    const editor = mine.getByRole("textbox", { name: "Edit your comment" });
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue(body);
    const edited = `${body}, and that is the *minimum*`;
    await editor.fill(edited);
    await mine.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your change is saved and published." })).toBeVisible();
    const edits = page.getByRole("article", { name: "Comment by Ruth Coles" }).filter({ hasText: "and that is the minimum" });
    await expect(edits.locator("em", { hasText: "minimum" })).toBeVisible();
    // Pinned by its anchor: while the edit form is open the text is in a textbox, not the page.
    const anchor = await edits.evaluate((element) => element.closest("li")!.id);
    const updated = page.locator(`#${anchor} > article`);
    await expect(updated.locator("em", { hasText: "minimum" })).toBeVisible();
    await expect(updated.getByText("(edited)")).toBeVisible();

    // Another reader sees the edited text, with no controls on it.
    const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const otherPage = await other.newPage();
    await otherPage.goto(`/posts/${slug}`);
    const seen = otherPage.getByRole("article", { name: "Comment by Ruth Coles" }).filter({ hasText: "and that is the minimum" });
    await expect(seen).toBeVisible();
    await expect(seen.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await other.close();

    // The form is open when the fifteen minutes run out: the save is refused, the text kept.
    await updated.getByRole("button", { name: "Edit" }).click();
    const late = `${edited} (late change)`;
    await updated.getByRole("textbox", { name: "Edit your comment" }).fill(late);
    await withDatabase((sql) => sql`update comments set created_at = now() - interval '16 minutes' where body = ${edited}`);
    await updated.getByRole("button", { name: "Save changes" }).click();
    await expect(updated.getByRole("alert")).toHaveText("Comments can only be changed for 15 minutes after posting.");
    await expect(updated.getByRole("textbox", { name: "Edit your comment" })).toHaveValue(late);

    await page.reload();
    const after = page.locator(`#${anchor} > article`);
    await expect(after).toBeVisible();
    await expect(after.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(after.getByRole("button", { name: "Delete" })).toHaveCount(0);
  });

  test("a signed-in reader deletes their held comment", async ({ page, browser }) => {
    page.on("dialog", (dialog) => void dialog.accept());
    const reader = await createReader(browser, "Lena Hart");
    await signIn(page, reader.email, reader.password);
    await page.goto("/posts/university-team-grows-seagrass-in-harbour-mud");
    const body = `Posted in haste ${unique()}`;
    await write(page, { body });
    const held = page.getByRole("article", { name: "Comment by Lena Hart, awaiting moderation" }).filter({ hasText: body });
    await expect(held).toBeVisible();
    await held.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your comment was deleted." })).toBeVisible();
    await page.reload();
    await expect(page.getByText(body)).toHaveCount(0);
  });
});

test.describe("long threads", () => {
  const slug = "council-tests-sensors-to-find-leaking-water-mains";

  test.beforeAll(async () => {
    if (!e2eDatabaseUrl) return;
    // Sixty published top-level comments, a minute apart, after the seeded ones.
    await withDatabase(async (sql) => {
      const [post] = await sql<{ id: number }[]>`select id from posts where slug = ${slug}`;
      const [existing] = await sql<{ n: number }[]>`select count(*)::int as n from comments where post_id = ${post!.id} and author_name like 'Reader %'`;
      if (existing!.n > 0) return;
      await sql`
        insert into comments (post_id, author_name, author_email, body, status, created_at)
        select ${post!.id}, 'Reader ' || g, 'reader' || g || '@example.test', 'Numbered comment ' || g, 'approved',
               now() - interval '2 hours' + (g || ' minutes')::interval
        from generate_series(1, 60) g`;
    });
  });

  test("a permalink to a comment on page 2 opens page 2 at that comment; readers can page and sort", async ({ page }) => {
    test.skip(!e2eDatabaseUrl, "needs the PostgreSQL test database to build a long thread");
    const id = await withDatabase(async (sql) => {
      const [row] = await sql<{ id: number }[]>`select id from comments where body = 'Numbered comment 58'`;
      return row!.id;
    });

    await page.goto(`/posts/${slug}#comment-${id}`);
    await expect(page).toHaveURL(new RegExp(`/posts/${slug}/comments/oldest/2#comment-${id}$`));
    await expect(page.locator(`#comment-${id}`)).toBeInViewport();
    await expect(page.getByRole("heading", { name: /comments \(page 2 of 2\)/ })).toBeVisible();

    // The stable permalink route lands in the same place.
    await page.goto(`/comment/${id}`);
    await expect(page).toHaveURL(new RegExp(`/posts/${slug}/comments/oldest/2#comment-${id}$`));

    await page.getByRole("navigation", { name: "Comment pages" }).getByRole("link", { name: "Comments page 1" }).click();
    await expect(page).toHaveURL(new RegExp(`/posts/${slug}#comments$`));
    await expect(page.getByRole("article", { name: "Comment by Reader 58" })).toHaveCount(0);

    await page.getByRole("navigation", { name: "Comment order" }).getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL(new RegExp(`/posts/${slug}/comments/newest/1#comments$`));
    const first = page.locator("#comments > ol > li").first();
    await expect(first.getByRole("article").first()).toHaveAccessibleName("Comment by Reader 60");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guest replies to a comment through the reply page and a plain form post", async ({ page }) => {
    await page.goto("/posts/old-bonded-warehouse-to-become-300-homes");
    await page.getByRole("link", { name: "Reply to Owen Price" }).click();
    await expect(page).toHaveURL(/\/reply\/\d+#respond$/);
    await expect(page.getByRole("heading", { level: 1, name: "Reply to Owen Price" })).toBeVisible();
    const form = page.getByRole("region", { name: "Reply to Owen Price" });
    await form.getByRole("textbox", { name: "Name", exact: true }).fill("Nadia Brook");
    await form.getByRole("textbox", { name: "Email", exact: true }).fill(`nadia.${unique()}@example.test`);
    const body = `Agreed, but watch the parking plan ${unique()}`;
    await form.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByText("Your comment is awaiting moderation.")).toBeVisible();
    await expect(page.getByRole("article", { name: "Comment by Nadia Brook, awaiting moderation" })).toContainText(body);
  });
});

test.describe("reports", () => {
  test("a reader reports a comment once", async ({ page }) => {
    await page.goto("/posts/harbourside-fc-promoted-after-late-equaliser");
    const comment = page.getByRole("article", { name: "Comment by Beth Morgan" });
    await comment.getByText("Report", { exact: true }).click();
    await comment.getByRole("radio", { name: "Off topic" }).check();
    await comment.getByRole("button", { name: "Send report" }).click();
    await expect(comment.getByRole("status")).toHaveText("Thanks. A moderator will take a look.");
    await page.reload();
    await comment.getByText("Report", { exact: true }).click();
    await comment.getByRole("radio", { name: "Spam or advertising" }).check();
    await comment.getByRole("button", { name: "Send report" }).click();
    await expect(comment.getByRole("status")).toHaveText(/already reported this comment/);
  });
});

test.describe("discussion settings", () => {
  test("an admin adds a moderation word and a comment containing it is held", async ({ page, browser }) => {
    const word = `zq${unique()}`;
    await signIn(page, "admin@example.com");
    await page.goto("/admin/settings/discussion");
    const list = page.getByRole("textbox", { name: "Moderation list" });
    await list.fill(`${await list.inputValue()}\n${word}`.trim());
    await page.getByRole("textbox", { name: "Reply depth (levels)" }).fill("1");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("textbox", { name: "Reply depth (levels)" })).toHaveAccessibleDescription("Thread depth must be at least 2.");
    await expect(page.getByRole("textbox", { name: "Moderation list" })).toHaveValue(new RegExp(word));
    await page.getByRole("textbox", { name: "Reply depth (levels)" }).fill("5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Discussion settings saved." })).toBeVisible();

    const guest = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const guestPage = await guest.newPage();
    await guestPage.goto("/posts/harbourside-fc-promoted-after-late-equaliser");
    // A guest whose comments are normally published at once.
    await write(guestPage, { name: "Hydro Nerd", email: "hydro@example.net", body: `Mentioning ${word} here` });
    await expect(guestPage.getByText("Your comment is awaiting moderation.")).toBeVisible();
    await guest.close();
  });

  test("the settings page is for admins only", async ({ page }) => {
    await signIn(page, "editor@example.com");
    const response = await page.goto("/admin/settings/discussion");
    expect(response?.status()).toBe(403);
  });
});
