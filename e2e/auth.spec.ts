import { expect, test } from "./support/test";

const ARTICLE = "/posts/harbourside-fc-promoted-after-late-equaliser";

test.describe("signing in and out", () => {
  test("a reader signs in from an article, returns to it, and signs out", async ({ page }) => {
    await page.goto(ARTICLE);
    const banner = page.getByRole("banner");
    await banner.getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

    await page.getByLabel("Email").fill("reader@example.com");
    await page.getByLabel("Password").fill("broadsheet-demo");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(banner.getByText("Signed in as Priya Nair")).toBeVisible();

    await banner.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("a wrong password gets one clear message and keeps the email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("editor@example.com");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "don’t match an account" })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("editor@example.com");
    await expect(page.getByLabel("Password")).toHaveValue("");

    // An unknown email reads exactly the same, so nobody can probe for accounts.
    await page.getByLabel("Email").fill("nobody@example.com");
    await page.getByLabel("Password").fill("broadsheet-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "That email and password don’t match an account." })).toBeVisible();
  });

  test("empty and malformed fields are explained beside the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();

    const email = page.getByLabel("Email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Enter an email address like name@example.com.");
    await expect(email).toHaveValue("not-an-email");
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
  });

  test("a sign-in link cannot send you to another site", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=//evil.example/steal");
    await page.getByLabel("Email").fill("reader@example.com");
    await page.getByLabel("Password").fill("broadsheet-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
