import { type Browser, expect, type Page } from "@playwright/test";
import { linkIn, waitForEmail } from "./outbox";
import { randomClientIp } from "./test";

export const DEMO_PASSWORD = "broadsheet-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Sign-up as a person does it: name and address on the form, then the emailed
 * link, where the password is chosen. Ends on the sign-in page, address filled in.
 */
export async function signUpThroughEmail(page: Page, account: { name: string; email: string; password: string }): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByRole("status")).toContainText(`We’ve sent a link to ${account.email}`);
  await page.goto(linkIn(await waitForEmail(account.email, /Confirm your/)));
  await expect(page.getByLabel("Display name")).toHaveValue(account.name);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByLabel("Confirm password").fill(account.password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("status")).toContainText("Your account is ready");
}

/** A new reader account made through sign-up and the emailed link, in its own browser context. */
export async function createReader(browser: Browser, name: string): Promise<{ email: string; password: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
  const password = "a fresh test passphrase";
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
  await signUpThroughEmail(await context.newPage(), { name, email, password });
  await context.close();
  return { email, password };
}
