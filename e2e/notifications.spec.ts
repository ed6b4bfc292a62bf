import { readOutbox } from "../lib/mail/outbox";
import { signIn } from "./support/accounts";
import { expect, randomClientIp, test } from "./support/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("email notifications", () => {
  test("a held comment reaches the moderator by email, who unsubscribes with one click and switches it back on", async ({ page, browser }) => {
    const marker = `notice ${unique()}`;
    await page.goto("/posts/ferry-fares-frozen-for-island-residents");
    const form = page.getByRole("region", { name: "Leave a comment" });
    await form.getByRole("textbox", { name: "Name", exact: true }).fill("Orla Byrne");
    await form.getByRole("textbox", { name: "Email", exact: true }).fill(`orla.${unique()}@example.test`);
    await form.getByRole("textbox", { name: "Comment", exact: true }).fill(`First time here: ${marker}`);
    await page.waitForTimeout(3_200);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByText("Your comment is awaiting moderation.")).toBeVisible();

    // The moderator's mail, found by what the comment said.
    let text = "";
    await expect
      .poll(() => {
        text = readOutbox(process.env.MAIL_OUTBOX_DIR!, "moderator@example.com").find((mail) => mail.text.includes(marker))?.text ?? "";
        return text;
      })
      .toContain("held for moderation");
    expect(text).toContain("Orla Byrne wrote a comment on “Ferry fares frozen for island residents");
    const queueLink = /https?:\/\/\S+\/admin\/comments\?\S+/.exec(text)![0];
    const unsubscribeLink = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(text)![0];

    // The link works without signing in; opening it changes nothing until the button.
    const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const mailPage = await stranger.newPage();
    await mailPage.goto(unsubscribeLink);
    await expect(mailPage.getByText("Stop emails about comments held for moderation?")).toBeVisible();
    await mailPage.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(mailPage.getByRole("status")).toContainText("you won’t get emails about comments held for moderation any more");
    await mailPage.goto(unsubscribeLink.replace(/token=(.)/, (_, first: string) => `token=${first === "a" ? "b" : "a"}`));
    await expect(mailPage.getByText("This link is not valid or has expired.")).toBeVisible();
    await stranger.close();

    // The moderator sees the choice on their account page and switches it back on.
    await signIn(page, "moderator@example.com");
    await page.goto(queueLink);
    await expect(page.getByText(marker)).toBeVisible();
    await page.goto("/account");
    const choice = page.getByRole("checkbox", { name: "Email me when a comment is held for moderation" });
    await expect(choice).not.toBeChecked();
    await choice.check();
    await page.getByRole("button", { name: "Save email choices" }).click();
    await expect(page.getByText("Your email choices are saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Email me when a comment is held for moderation" })).toBeChecked();
  });
});
