import { readOutbox } from "../lib/mail/outbox";
import { signIn } from "./support/accounts";
import { e2eDatabaseUrl, withDatabase } from "./support/db";
import { linkIn, waitForEmail } from "./support/outbox";
import { expect, randomClientIp, test } from "./support/test";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("email notifications", () => {
  test("a held comment reaches the moderator by email, who unsubscribes with one click and then chooses a digest on the account page", async ({ page, browser }) => {
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
    const choice = page.getByRole("combobox", { name: "Emails about comments held for moderation" });
    await expect(choice).toHaveValue("none");
    await choice.selectOption({ label: "A digest every hour" });
    await page.getByRole("button", { name: "Save email choices" }).click();
    await expect(page.getByText("Your email choices are saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Emails about comments held for moderation" })).toHaveValue("digest-60");
    await page.getByRole("combobox", { name: "Emails about comments held for moderation" }).selectOption({ label: "Each one as it is held" });
    await page.getByRole("button", { name: "Save email choices" }).click();
    await expect(page.getByText("Your email choices are saved.")).toBeVisible();
  });

  test("a guest asks to hear of replies, confirms from the email, gets one mail for an approved reply and stops them with one click", async ({ page, browser }) => {
    test.skip(!e2eDatabaseUrl, "needs the PostgreSQL test database to publish the guest's comment");
    const tag = unique();
    const email = `nuala.${tag}@example.test`;
    // An article of its own: the reader tests count the demo articles' comments.
    const slug = `late-buses-${tag}`;
    await withDatabase(async (sql) => {
      const [author] = await sql<{ id: string }[]>`select id from users where email = 'editor@example.com'`;
      await sql`
        insert into posts (slug, headline, lead, body, status, author_id, published_at, version)
        values (${slug}, ${`Late buses ${tag}`}, 'Lead', 'Body', 'published', ${author!.id}, now() - interval '1 minute', 1)`;
    });
    await page.goto(`/posts/${slug}`);
    const form = page.getByRole("region", { name: "Leave a comment" });
    await form.getByRole("textbox", { name: "Name", exact: true }).fill("Nuala Ennis");
    await form.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await form.getByRole("textbox", { name: "Comment", exact: true }).fill(`Does the N1 stop at the hospital? ${tag}`);
    await form.getByRole("checkbox", { name: /Email me when someone replies/ }).check();
    await page.waitForTimeout(3_200);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(form.getByText("Your comment is awaiting moderation.")).toBeVisible();

    // Double opt-in: the first mail only asks; the button (not the visit) confirms.
    const confirmation = await waitForEmail(email, /Confirm: email you about replies/);
    await page.goto(linkIn(confirmation));
    await page.getByRole("button", { name: "Yes, email me about replies" }).click();
    await expect(page.getByRole("status")).toContainText("Confirmed");

    // Published (as a moderator would), then answered by another reader.
    const { commentId, postId } = await withDatabase(async (sql) => {
      const [row] = await sql<{ id: number; post_id: number }[]>`
        update comments set status = 'approved' where body like ${`%${tag}`} returning id, post_id`;
      return { commentId: row!.id, postId: row!.post_id };
    });
    const replier = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const replyPage = await replier.newPage();
    await replyPage.goto(`/posts/${slug}/reply/${commentId}`);
    const replyForm = replyPage.getByRole("region", { name: /Reply to/ });
    await replyForm.getByRole("textbox", { name: "Name", exact: true }).fill(`Ciaran ${tag}`);
    await replyForm.getByRole("textbox", { name: "Email", exact: true }).fill(`ciaran.${tag}@example.test`);
    await replyForm.getByRole("textbox", { name: "Comment", exact: true }).fill("Yes, every half hour until 01:00.");
    await replyPage.waitForTimeout(3_200);
    await replyForm.getByRole("button", { name: "Post comment" }).click();
    await expect(replyForm.getByText("Your comment is awaiting moderation.")).toBeVisible();
    await replier.close();

    // A held reply mails nobody; the moderator approves it, and the guest gets one email.
    expect(readOutbox(process.env.MAIL_OUTBOX_DIR!, email).filter((mail) => /replied to your comment/.test(mail.subject))).toEqual([]);
    const moderator = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    const queuePage = await moderator.newPage();
    await signIn(queuePage, "moderator@example.com");
    await queuePage.goto(`/admin/comments?view=pending&post=${postId}`);
    await queuePage.getByRole("button", { name: `Approve the comment by Ciaran ${tag}` }).click();
    await expect(queuePage.getByRole("status").first()).toContainText("1 comment approved.");
    await moderator.close();

    // Replies to one person are gathered for a couple of minutes into one email;
    // here the wait is cut short once the reply is waiting in the gathering table.
    await expect
      .poll(() => withDatabase(async (sql) => (await sql`select 1 from notification_digest_items where email = ${email}`).length), { timeout: 15_000 })
      .toBe(1);
    await withDatabase((sql) => sql`update notification_digest_items set send_after = now() where email = ${email}`);
    const reply = await waitForEmail(email, new RegExp(`Ciaran ${tag} replied to your comment`));
    expect(reply.text).toContain("Yes, every half hour until 01:00.");
    await page.waitForTimeout(1_000);
    expect(readOutbox(process.env.MAIL_OUTBOX_DIR!, email).filter((mail) => /replied to your comment/.test(mail.subject))).toHaveLength(1);

    // One click (and a button, so a mail scanner's visit changes nothing) ends them.
    await page.goto(/https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(reply.text)![0]);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("status")).toContainText("you won’t get emails about replies to that comment any more");
  });
});
