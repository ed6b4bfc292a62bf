import { expect, test } from "./support/test";
import { createReader, signIn } from "./support/accounts";
import { linkIn, waitForEmail } from "./support/outbox";

test.describe("the account page", () => {
  test("a reader renames themselves, changes password and stays signed in", async ({ browser, page }) => {
    const reader = await createReader(browser, "Joe Carver");
    await signIn(page, reader.email, reader.password);
    await page.getByRole("banner").getByRole("link", { name: "Your account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

    await page.getByRole("textbox", { name: "Display name" }).fill("Joe Carver (chandler)");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByRole("status")).toContainText("Your display name is now Joe Carver (chandler).");

    const passwordSection = page.getByRole("region", { name: "Password" });
    await passwordSection.getByLabel("Current password").fill("not it");
    await passwordSection.getByLabel(/^New password/).fill("quay works 2028");
    await passwordSection.getByLabel("Confirm new password").fill("quay works 2028");
    await passwordSection.getByRole("button", { name: "Change password" }).click();
    await expect(passwordSection.getByLabel("Current password")).toHaveAccessibleDescription("That isn’t your current password.");

    await passwordSection.getByLabel("Current password").fill(reader.password);
    await passwordSection.getByLabel(/^New password/).fill("quay works 2028");
    await passwordSection.getByLabel("Confirm new password").fill("quay works 2028");
    await passwordSection.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password has been changed");
    await expect(page.getByText("Signed in as Joe Carver (chandler) (reader).")).toBeVisible();
  });

  test("a reader moves their account to a new address through the emailed link", async ({ browser, page }) => {
    const reader = await createReader(browser, "Nell Ashworth");
    await signIn(page, reader.email, reader.password);
    await page.goto("/account");
    const newEmail = `new.${reader.email}`;
    const emailSection = page.getByRole("region", { name: "Email address" });
    await emailSection.getByLabel("New email address").fill(newEmail);
    await emailSection.getByLabel("Current password").fill(reader.password);
    await emailSection.getByRole("button", { name: "Change email" }).click();
    await expect(emailSection.getByRole("status")).toContainText(`We’ve sent a link to ${newEmail}`);

    await page.goto(linkIn(await waitForEmail(newEmail, /Confirm your new/)));
    await page.getByRole("button", { name: "Use this email address" }).click();
    await expect(page.getByRole("status")).toContainText("Your email address has been changed.");
    await expect(page.getByText(`Now: ${newEmail}.`)).toBeVisible();
    await waitForEmail(reader.email, /was changed/);
  });

  test("the account page asks a signed-out visitor to sign in", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  });
});
