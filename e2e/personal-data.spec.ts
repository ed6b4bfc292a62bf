import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { linkIn, waitForEmail } from "./support/outbox";
import { expect, test } from "./support/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function requestFor(page: Page, email: string, kind: "get a copy of their data" | "have their data erased") {
  await page.goto("/admin/tools/personal-data");
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByRole("radio", { name: kind }).check();
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `A confirmation link is on its way to ${email}` })).toBeVisible();
}

async function confirmFromEmail(page: Page, email: string, subject: RegExp) {
  const mail = await waitForEmail(email, subject);
  await page.goto(linkIn(mail));
  await page.getByRole("button", { name: "Yes, I asked for this" }).click();
  await expect(page.getByRole("status")).toContainText("Confirmed.");
}

test.describe("personal data requests", () => {
  test("a commenter gets a copy of their data and then has it erased, each after confirming by email", async ({ page, browser }) => {
    const email = `nadia.${unique()}@example.test`;
    const tag = unique();
    const body = `Please keep me posted on the harbour works ${tag}`;
    // The commenter leaves a comment (held: they are new here).
    const visitor = await browser.newPage();
    await visitor.goto("/posts/ferry-fares-frozen-for-island-residents");
    const form = visitor.getByRole("region", { name: "Leave a comment" });
    await form.getByRole("textbox", { name: "Name", exact: true }).fill("Nadia Rahman");
    await form.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await form.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
    await visitor.waitForTimeout(3_200);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByText("Your comment is awaiting moderation.")).toBeVisible();

    await signIn(page, "admin@example.com");
    await requestFor(page, email, "get a copy of their data");
    await confirmFromEmail(visitor, email, /Confirm your request for your .* data/);
    await page.goto("/admin/tools/personal-data");
    const exportRow = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "copy of their data" });
    await expect(exportRow).toContainText("Confirmed");
    const downloading = page.waitForEvent("download");
    await exportRow.getByRole("link", { name: "Download their data (JSON)" }).click();
    const data = JSON.parse(await readFile((await (await downloading).path()), "utf8")) as { comments: { comment: string; name: string }[] };
    expect(data.comments.map((c) => c.comment)).toEqual([body]);

    await requestFor(page, email, "have their data erased");
    await confirmFromEmail(visitor, email, /Confirm your request to erase your .* data/);
    await page.goto("/admin/tools/personal-data");
    const eraseRow = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "erasure" });
    await eraseRow.getByRole("button", { name: "Erase personal data" }).click();
    await expect(eraseRow).toContainText("Erased: 1 comment(s) made anonymous");
    await expect(eraseRow).toContainText("Done");

    // The queue shows the comment with its author gone.
    await page.goto(`/admin/comments?q=${tag}`);
    await expect(page.getByText(body)).toBeVisible();
    await expect(page.getByText("Nadia Rahman")).toHaveCount(0);
    await expect(page.getByText(email)).toHaveCount(0);
    await visitor.close();
  });

  test("an editor can't reach the personal data tools", async ({ page }) => {
    await signIn(page, "editor@example.com");
    expect((await page.goto("/admin/tools/personal-data"))!.status()).toBe(403);
    expect((await page.goto("/admin/tools/personal-data/1/export"))!.status()).toBe(404);
  });
});
