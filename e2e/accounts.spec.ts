import { expect, test } from "./support/test";
import { readOutbox } from "../lib/mail/outbox";
import { createReader, signUpThroughEmail } from "./support/accounts";
import { linkIn, waitForEmail } from "./support/outbox";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("accounts", () => {
  test("a new reader signs up, chooses a password from the emailed link, signs out and signs in again", async ({ page }) => {
    const email = `reader-${unique()}@example.test`;
    await page.goto("/sign-up");
    await expect(page.getByText("Required fields are marked *")).toBeVisible();
    await signUpThroughEmail(page, { name: "Lena Fischer", email, password: "ring-fenced levy" });
    await expect(page.getByLabel("Email")).toHaveValue(email);
    const mail = await waitForEmail(email, /Confirm your/);

    await page.getByLabel("Password").fill("ring-fenced levy");
    await page.getByRole("button", { name: "Sign in" }).click();
    const banner = page.getByRole("banner");
    await expect(banner.getByText("Signed in as Lena Fischer")).toBeVisible();
    await banner.getByRole("button", { name: "Sign out" }).click();
    await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.goto(linkIn(mail));
    await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  });

  test("bad sign-up input is explained beside each field and the text is kept", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Display name").fill("\u202enimda");
    await page.getByLabel("Email").fill("owen@@example");
    await page.getByRole("button", { name: "Send me the link" }).click();

    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Never published\. Enter an email address like/);
    await expect(page.getByLabel("Display name")).toHaveAccessibleDescription(/invisible formatting characters/);
    await expect(page.getByLabel("Display name")).toHaveValue("\u202enimda");
    await expect(page.getByLabel("Email")).toHaveValue("owen@@example");
  });

  test("a weak password on the emailed link's page is explained there and the name is kept", async ({ page }) => {
    const email = `weak-${unique()}@example.test`;
    await page.goto("/sign-up");
    await page.getByLabel("Display name").fill("Owen Price");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send me the link" }).click();
    await page.goto(linkIn(await waitForEmail(email, /Confirm your/)));
    await page.getByLabel("Display name").fill("Owen P.");
    await page.getByLabel(/^Password/).fill("short");
    await page.getByLabel("Confirm password").fill("short");
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(/Use at least 10 characters\./);
    await expect(page.getByLabel("Display name")).toHaveValue("Owen P.");
    await expect(page.getByLabel(/^Password/)).toHaveValue("");
  });

  test("a forgotten password is reset through the emailed link, once", async ({ page }) => {
    // A fresh account, so other tests keep the demo passwords.
    const email = `reset-${unique()}@example.test`;
    await signUpThroughEmail(page, { name: "Maeve O'Neill", email, password: "first passphrase ok" });

    await page.getByRole("link", { name: "Forgotten your password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Forgotten your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText(`If an account uses ${email}`);

    const link = linkIn(await waitForEmail(email, /Reset your/));
    await page.goto(link);
    await page.getByLabel(/^New password/).fill("second passphrase ok");
    await page.getByLabel("Confirm new password").fill("second passphrase ok");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password has been changed");

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("second passphrase ok");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("banner").getByText("Signed in as Maeve O'Neill")).toBeVisible();

    await page.goto(link);
    await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  });

  test("an unknown email gets the same reset answer and no mail", async ({ page }) => {
    const email = `nobody-${unique()}@example.test`;
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText(`If an account uses ${email}`);
    expect(readOutbox(process.env.MAIL_OUTBOX_DIR!, email)).toEqual([]);
  });

  test("repeated wrong passwords lock that address out of the account for a while", async ({ browser, page }) => {
    // Its own account: the demo accounts must stay usable for the other tests.
    const reader = await createReader(browser, "Locked Out");
    for (let i = 0; i < 5; i++) {
      // A fresh form each time, so no earlier answer can be mistaken for this one.
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(reader.email);
      await page.getByLabel("Password").fill(`wrong guess ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "don’t match an account" })).toBeVisible();
    }
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(reader.email);
    await page.getByLabel("Password").fill(reader.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many failed attempts" })).toBeVisible();
  });
});
