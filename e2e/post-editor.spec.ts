import type { Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expect, test } from "./support/test";

const unique = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

async function writePost(page: Page, headline: string) {
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Headline" }).fill(headline);
  await page.getByRole("textbox", { name: "Kicker" }).fill("Transport");
  await page.getByRole("textbox", { name: "Lead" }).fill("Six months of repairs end early.");
  await page
    .getByRole("textbox", { name: "Body" })
    .fill("The bridge opened at dawn.\n\n## What changed\n\n> It feels like a new bridge, said one cyclist.\n\nTraffic was light.");
  await page.getByRole("textbox", { name: "Source name" }).fill("Harbour Authority");
  await page.getByRole("textbox", { name: "Source address" }).fill("https://example.org/bridge");
}

test.describe("Writing and publishing posts", () => {
  test("an editor writes a post with a subheading, quote and source, previews it, publishes it, and a reader reads it", async ({ page, browser }) => {
    const headline = `Harbour bridge reopens ${unique()}`;
    await signIn(page, "editor@example.com");
    await writePost(page, headline);

    // The live preview renders the Markdown as the article will.
    const preview = page.getByTestId("live-preview");
    await expect(preview.getByRole("heading", { name: "What changed", level: 2 })).toBeVisible();
    await expect(preview.locator("blockquote")).toContainText("It feels like a new bridge");

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/posts\/\d+\/edit$/);
    const id = /\/admin\/posts\/(\d+)\/edit/.exec(page.url())![1];

    // Preview in the public design, before anyone else can see it.
    const previewPage = await page.context().newPage();
    await previewPage.goto(`/preview/${id}`);
    await expect(previewPage.getByRole("heading", { name: headline, level: 1 })).toBeVisible();
    await expect(previewPage.getByRole("status")).toContainText("this post is a draft");
    await expect(previewPage.getByRole("heading", { name: "What changed" })).toBeVisible();
    await expect(previewPage.getByText("Harbour Authority")).toBeVisible();
    await previewPage.close();

    const reader = await browser.newPage();
    const slug = await page.getByRole("textbox", { name: "Address (slug)" }).inputValue();
    expect((await reader.goto(`/posts/${slug}`))!.status()).toBe(404);
    await reader.goto(`/preview/${id}`);
    await expect(reader).toHaveURL(/\/sign-in/);
    // Signed in is not enough: a moderator, or an author who didn't write it, gets a 403.
    for (const email of ["moderator@example.com", "author@example.com"]) {
      const context = await browser.newContext();
      const other = await context.newPage();
      await signIn(other, email);
      const refused = await other.goto(`/preview/${id}`);
      expect(refused!.status()).toBe(403);
      await expect(other.getByText(headline)).toHaveCount(0);
      await context.close();
    }

    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("Published. It’s on the home page now.")).toBeVisible();
    await expect(page.getByTestId("post-status")).toHaveText("Published");

    await reader.goto("/");
    await reader.getByRole("link", { name: headline }).click();
    await expect(reader.getByRole("heading", { name: headline, level: 1 })).toBeVisible();
    await expect(reader.getByRole("heading", { name: "What changed", level: 2 })).toBeVisible();
    await expect(reader.locator("article blockquote")).toContainText("It feels like a new bridge");
    await expect(reader.getByRole("link", { name: "Harbour Authority" })).toHaveAttribute("href", "https://example.org/bridge");
    const feed = await reader.request.get("/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
    expect(await feed.text()).toContain(`<title>${headline}</title>`);
    await reader.close();
  });

  test("an author submits for review and an editor publishes it", async ({ page, browser }) => {
    const headline = `Ferry timetable changes ${unique()}`;
    await signIn(page, "author@example.com");
    await writePost(page, headline);
    await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted for review. An editor will publish it.")).toBeVisible();
    await expect(page.getByTestId("post-status")).toHaveText("Pending review");

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await signIn(editor, "editor@example.com");
    await editor.goto("/admin/posts?status=pending");
    await editor.getByRole("link", { name: headline, exact: true }).click();
    await editor.getByRole("button", { name: "Publish" }).click();
    await expect(editor.getByTestId("post-status")).toHaveText("Published");
    await editorContext.close();

    const reader = await browser.newPage();
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: headline })).toBeVisible();
    await reader.close();
  });

  test("a post scheduled a minute ahead appears on the home page by itself", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const headline = `Tide tables published ${unique()}`;
    await signIn(page, "editor@example.com");
    await writePost(page, headline);
    const at = new Date(Date.now() + 60_000);
    const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    // datetime-local has minute precision: the post goes out at the start of that minute, or the next.
    const when = new Date(`${local}:00`).getTime() < Date.now() + 5_000 ? new Date(at.getTime() + 60_000) : at;
    const whenLocal = new Date(when.getTime() - when.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.getByRole("textbox", { name: "Publish at" }).fill(whenLocal);
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(page.getByTestId("post-status")).toHaveText("Scheduled");

    const reader = await browser.newPage();
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: headline })).toHaveCount(0);
    await expect(async () => {
      await reader.goto("/");
      await expect(reader.getByRole("link", { name: headline })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 150_000, intervals: [5_000] });
    expect(await (await reader.request.get("/feed.xml")).text()).toContain(`<title>${headline}</title>`);
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(`${whenLocal}:00`).getTime());
    await reader.close();
  });

  test("a save from a second tab that loaded an older version is caught, not overwritten", async ({ page }) => {
    const headline = `Council budget ${unique()}`;
    await signIn(page, "editor@example.com");
    await writePost(page, headline);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\/edit$/);
    const url = page.url();

    const second = await page.context().newPage();
    await second.goto(url);
    await second.getByRole("textbox", { name: "Lead" }).fill("Second tab's lead.");
    await second.getByRole("button", { name: "Save draft" }).click();
    await expect(second.getByText("Saved.", { exact: true })).toBeVisible();

    await page.getByRole("textbox", { name: "Lead" }).fill("First tab's lead.");
    await page.getByRole("button", { name: "Save draft" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "after you opened it" });
    await expect(alert).toContainText("Your changes are not saved");
    // What the first tab typed is still there to copy or keep.
    await expect(page.getByRole("textbox", { name: "Lead" })).toHaveValue("First tab's lead.");

    await second.reload();
    await expect(second.getByRole("textbox", { name: "Lead" })).toHaveValue("Second tab's lead.");
    await alert.getByRole("button", { name: "Save mine over theirs" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await second.reload();
    await expect(second.getByRole("textbox", { name: "Lead" })).toHaveValue("First tab's lead.");
  });

  test("autosaves a draft while typing, and bad input is answered beside the field with the text kept", async ({ page }) => {
    await signIn(page, "editor@example.com");
    await page.goto("/admin/posts/new");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Give the post a headline.")).toBeVisible();

    const headline = `Autosaved story ${unique()}`;
    await page.getByRole("textbox", { name: "Headline" }).fill(headline);
    const body = page.getByRole("textbox", { name: "Body" });
    await body.fill("First paragraph.");
    await expect(page.getByText(/^Draft autosaved at/)).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/edit$/);
    // Typing goes on where it was while saves happen.
    await body.press("End");
    await body.pressSequentially(" More.");
    await expect(body).toHaveValue("First paragraph. More.");

    // A 2 MB body.
    await body.evaluate((element, size) => {
      const textarea = element as HTMLTextAreaElement;
      // React tracks the value through the prototype's setter, not the instance's.
      const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!;
      descriptor.set!.call(textarea, "x".repeat(size));
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }, 2 * 1024 * 1024);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText(/The body is too long/)).toBeVisible();
    await body.fill("Short again.");

    // An address another post uses.
    const slug = page.getByRole("textbox", { name: "Address (slug)" });
    await slug.fill("night-buses-return-to-harbourside-after-six-years");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Another post already uses this address. Choose a different one.")).toBeVisible();
    await expect(slug).toHaveValue("night-buses-return-to-harbourside-after-six-years");
    await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue(headline);

    // Images are judged by their bytes.
    const cover = page.getByLabel("Cover image");
    await cover.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("<script>alert(1)</script>") });
    await expect(page.getByText(/That file isn’t an image we can use/)).toBeVisible();
    const big = Buffer.alloc(5 * 1024 * 1024);
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64").copy(big);
    await cover.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: big });
    await expect(page.getByText(/That image is 5\.0 MB; the limit is 4 MB/)).toBeVisible();
    await expect(body).toHaveValue("Short again.");

    // Leaving with unsaved changes asks first.
    let asked = false;
    page.once("dialog", (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Dashboard" }).click();
    expect(asked).toBe(true);
    await expect(page).toHaveURL(/\/edit$/);
  });
});
