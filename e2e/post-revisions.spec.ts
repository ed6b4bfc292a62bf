import { signIn } from "./support/accounts";
import { expect, test } from "./support/test";

const unique = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

test.describe("Revisions, renamed addresses and sections", () => {
  test("an editor compares two revisions side by side and restores the older one", async ({ page }) => {
    const headline = `Library hours ${unique()}`;
    await signIn(page, "editor@example.com");
    await page.goto("/admin/posts/new");
    await page.getByRole("textbox", { name: "Headline" }).fill(headline);
    await page.getByRole("textbox", { name: "Body" }).fill("The library opens at nine on weekdays.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await page.getByRole("textbox", { name: "Body" }).fill("The library opens at ten on weekdays and Saturdays.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "Revisions" }).click();
    await expect(page.getByRole("heading", { name: `Revisions of “${headline}”` })).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(3);
    await expect(page.getByTestId("diff-left-body").locator("del")).toHaveText(["nine"]);
    await expect(page.getByTestId("diff-right-body").locator("ins")).toHaveText(["ten", " and Saturdays"]);
    await expect(page.getByTestId("diff-right-body")).toContainText("The library opens at ten on weekdays and Saturdays.");

    // Viewing one revision shows it whole, nothing marked.
    await page.getByRole("link", { name: /^View the revision saved/ }).last().click();
    await expect(page.getByTestId("diff-right-body")).toHaveText("The library opens at nine on weekdays.");
    await expect(page.getByTestId("diff-right-body").locator("ins")).toHaveCount(0);

    await page.getByRole("button", { name: /^Restore the revision saved/ }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await expect(page.getByRole("textbox", { name: "Body" })).toHaveValue("The library opens at nine on weekdays.");
  });

  test("renaming a published post's address keeps the old one working", async ({ page, browser }) => {
    const headline = `Swimming pool reopens ${unique()}`;
    await signIn(page, "editor@example.com");
    await page.goto("/admin/posts/new");
    await page.getByRole("textbox", { name: "Headline" }).fill(headline);
    await page.getByRole("textbox", { name: "Body" }).fill("Lanes open from Monday.");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("post-status")).toHaveText("Published");
    const slug = page.getByRole("textbox", { name: "Address (slug)" });
    const oldSlug = await slug.inputValue();

    const reader = await browser.newPage();
    await reader.goto(`/posts/${oldSlug}`);
    await expect(reader.getByRole("heading", { name: headline, level: 1 })).toBeVisible();

    const newSlug = `pool-reopens-${unique()}`;
    await slug.fill(newSlug);
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByText("Updated. Readers see the changes now.")).toBeVisible();

    const response = await reader.goto(`/posts/${oldSlug}`);
    expect(response!.url()).toMatch(new RegExp(`/posts/${newSlug}$`));
    await expect(reader.getByRole("heading", { name: headline, level: 1 })).toBeVisible();
    await reader.close();
  });

  test("an editor adds a section inline, then renames it; the article follows", async ({ page, browser }) => {
    const section = `Harbour ${unique()}`;
    const headline = `Pilot boats ${unique()}`;
    await signIn(page, "editor@example.com");
    await page.goto("/admin/posts/new");
    await page.getByRole("textbox", { name: "Headline" }).fill(headline);
    await page.getByRole("textbox", { name: "Or add a new section" }).fill(section);
    const tags = page.getByRole("combobox", { name: "Tags" });
    await tags.fill("Boats");
    await tags.press("Enter");
    await tags.fill("Pilots");
    await tags.press("Enter");
    await expect(page.getByRole("list", { name: "Tags on this post" }).getByRole("listitem")).toHaveText(["Boats×", "Pilots×"]);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("post-status")).toHaveText("Published");
    await expect(page.getByRole("combobox", { name: "Section" })).toHaveValue(/\d+/);
    const slug = await page.getByRole("textbox", { name: "Address (slug)" }).inputValue();

    await page.goto("/admin/categories");
    const form = page.getByRole("form", { name: `Rename ${section}` });
    // An address another section has: refused beside the field, the typing kept.
    await form.getByRole("textbox", { name: "Address" }).fill("sport");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("Another section uses this address. Merge them instead.")).toBeVisible();
    await expect(form.getByRole("textbox", { name: "Address" })).toHaveValue("sport");
    await form.getByRole("textbox", { name: "Name" }).fill(`${section} News`);
    await form.getByRole("textbox", { name: "Address" }).fill("");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Renamed" })).toContainText(`to “${section} News”`);

    const reader = await browser.newPage();
    await reader.goto(`/posts/${slug}`);
    await expect(reader.getByRole("link", { name: `${section} News` }).first()).toBeVisible();
    await reader.close();
  });
});
