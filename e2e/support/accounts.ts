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

/** A new reader account made through sign-up and the emailed link, in its own browser context. */
export async function createReader(browser: Browser, name: string): Promise<{ email: string; password: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
  const password = "a fresh test passphrase";
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.goto(linkIn(await waitForEmail(email, /Confirm your/)));
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByRole("status")).toContainText("Your account is ready");
  await context.close();
  return { email, password };
}
