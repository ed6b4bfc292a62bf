import type { Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expect, randomClientIp, test } from "./support/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
// Guests with approved comments in the demo content, so their next ones are
// published. One each per test: the same email twice within 15 seconds is a flood.
const KNOWN_GUEST = { name: "Dev Patel", email: "dev.patel@example.net" };
const OTHER_KNOWN_GUEST = { name: "Ciaran Doyle", email: "ciaran@example.net" };

async function writeComment(page: Page, fields: { name?: string; email?: string; url?: string; body: string }) {
  const form = page.getByRole("region", { name: /Leave a comment|Reply to/ });
  if (fields.name !== undefined) await form.getByRole("textbox", { name: "Name", exact: true }).fill(fields.name);
  if (fields.email !== undefined) await form.getByRole("textbox", { name: "Email", exact: true }).fill(fields.email);
  if (fields.url !== undefined) await form.getByRole("textbox", { name: "Website", exact: true }).fill(fields.url);
  await form.getByRole("textbox", { name: "Comment", exact: true }).fill(fields.body);
  // People take a moment to write; the form treats instant submissions as bots.
  await page.waitForTimeout(3_200);
  await form.getByRole("button", { name: "Post comment" }).click();
  return form;
}

test.describe("commenting", () => {
  test("a guest's held comment is shown to them, marked as awaiting moderation, and to nobody else", async ({ page, browser }) => {
    const body = `First visit here, asking about the ferry ${unique()}`;
    await page.goto("/posts/ferry-fares-frozen-for-island-residents");
    await expect(page.getByText("Required fields are marked *")).toBeVisible();
    const form = await writeComment(page, { name: "Maeve Quinn", email: `maeve.${unique()}@example.test`, body });
    await expect(form.getByText("Your comment is awaiting moderation.")).toBeVisible();
    await expect(form.getByText(body)).toBeVisible();

    await page.reload();
    const held = page.getByRole("list", { name: "Your comments awaiting moderation" });
    await expect(held.getByText(body)).toBeVisible();
    await expect(held.getByText("Awaiting moderation")).toBeVisible();

    const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const otherPage = await stranger.newPage();
    await otherPage.goto("/posts/ferry-fares-frozen-for-island-residents");
    await expect(otherPage.getByRole("heading", { name: "Leave a comment" })).toBeVisible();
    await expect(otherPage.getByText(body)).toHaveCount(0);
    await stranger.close();
  });

  test("a previously approved guest is published at once, for everyone", async ({ page, browser }) => {
    const body = `Good news for the island ${unique()}`;
    await page.goto("/posts/ferry-fares-frozen-for-island-residents");
    const form = await writeComment(page, { ...KNOWN_GUEST, body });
    await expect(form.getByText("Your comment is published.")).toBeVisible();

    const reader = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const readerPage = await reader.newPage();
    await readerPage.goto("/posts/ferry-fares-frozen-for-island-residents");
    await expect(readerPage.getByRole("region", { name: /comment/ }).getByRole("article", { name: "Comment by Dev Patel" }).filter({ hasText: body })).toBeVisible();
    await reader.close();
  });

  test("a comment with three links is held even from a known guest", async ({ page }) => {
    await page.goto("/posts/dockside-festival-announces-free-opening-night");
    const form = await writeComment(page, {
      ...OTHER_KNOWN_GUEST,
      body: `Tickets: https://a.example/1 https://b.example/2 and https://c.example/3 ${unique()}`,
    });
    await expect(form.getByText("Your comment is awaiting moderation.")).toBeVisible();
  });

  test("a second comment seconds later is refused with a clear message, the text kept", async ({ page }) => {
    const email = `quick.${unique()}@example.test`;
    await page.goto("/posts/dockside-festival-announces-free-opening-night");
    await writeComment(page, { name: "Quick Typist", email, body: `One ${unique()}` });
    await expect(page.getByText("Your comment is awaiting moderation.")).toBeVisible();
    const second = `Two ${unique()}`;
    const form = await writeComment(page, { name: "Quick Typist", email, body: second });
    await expect(form.getByRole("alert").filter({ hasText: "You’re commenting too quickly" })).toBeVisible();
    await expect(form.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue(second);
  });

  test("bad fields are explained beside the field and nothing typed is lost", async ({ page }) => {
    await page.goto("/posts/dockside-festival-announces-free-opening-night");
    const form = await writeComment(page, { name: "", email: "not-an-email", url: "javascript:alert(1)", body: "Keep this text" });
    await expect(form.getByRole("textbox", { name: "Name", exact: true })).toHaveAccessibleDescription("Enter your name.");
    await writeComment(page, { name: "Owen", email: "not-an-email", url: "javascript:alert(1)", body: "Keep this text" });
    await expect(form.getByRole("textbox", { name: "Email", exact: true })).toHaveAccessibleDescription(/Enter an email address like/);
    await expect(form.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue("Keep this text");
    await expect(form.getByRole("textbox", { name: "Website", exact: true })).toHaveValue("javascript:alert(1)");
  });

  test("script in a name, website or comment is shown as text and never runs", async ({ page, browser }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const marker = unique();
    await page.goto("/posts/bookshop-on-rope-walk-saved-by-its-readers");
    await writeComment(page, {
      name: `Beth <img src=x onerror=alert(1)>`,
      email: "beth.m@example.net",
      url: "https://example.org/\"><script>alert(2)</script>",
      body: `<script>alert(3)</script> [click](javascript:alert(4)) ${marker}`,
    });
    await expect(page.getByText("Your comment is published.")).toBeVisible();

    const viewer = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const viewerPage = await viewer.newPage();
    viewerPage.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await viewerPage.goto("/posts/bookshop-on-rope-walk-saved-by-its-readers");
    const comment = viewerPage.getByRole("article", { name: "Comment by Beth <img src=x onerror=alert(1)>" });
    await expect(comment).toContainText(`<script>alert(3)</script>`);
    await expect(comment).toContainText(marker);
    await expect(comment.locator("a[href^='javascript:']")).toHaveCount(0);
    await expect(comment.locator("img, script")).toHaveCount(0);
    expect(dialogs).toEqual([]);
    await viewer.close();
  });

  test("a signed-in reader replies in a thread as themselves", async ({ page }) => {
    await signIn(page, "reader@example.com");
    await page.goto("/posts/harbourside-tidal-barrier-passes-first-winter-test");
    await expect(page.getByText("Commenting as Priya Nair.")).toBeVisible();
    await page.getByRole("link", { name: "Reply to Maeve O'Neill" }).click();
    const form = page.getByRole("region", { name: "Reply to Maeve O'Neill" });
    await expect(form).toBeVisible();
    const body = `Same street here, same relief ${unique()}`;
    await form.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
    await page.waitForTimeout(3_200);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByText("Your comment is awaiting moderation.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("list", { name: "Your comments awaiting moderation" }).getByText(body)).toBeVisible();
  });
});
