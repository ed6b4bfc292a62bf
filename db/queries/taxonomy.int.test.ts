import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../index";
import { createCategory, createTag } from "../testing/fixtures";
import { truncateAll } from "../testing/reset";
import { getSiteSettings, setSiteSettings } from "./settings";
import { getCategoryBySlug, getTagBySlug, listCategories } from "./taxonomy";

describe("categories, tags and settings", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("finds categories and tags by slug and lists categories by name", async () => {
    await createCategory("sport", "Sport");
    await createCategory("city", "City");
    await createTag("transport", "Transport");
    expect(await getCategoryBySlug({ slug: "city" })).toMatchObject({ slug: "city", name: "City" });
    expect(await getCategoryBySlug({ slug: "nope" })).toBeNull();
    expect(await getTagBySlug({ slug: "transport" })).toMatchObject({ name: "Transport" });
    expect((await listCategories()).map((c) => c.name)).toEqual(["City", "Sport"]);
  });

  it("reads defaults until settings are saved, then the saved values", async () => {
    expect((await getSiteSettings()).title).toBe("Broadsheet");
    await setSiteSettings({ ...(await getSiteSettings()), title: "The Harbourside Herald" });
    await setSiteSettings({ ...(await getSiteSettings()), postsPerPage: 12 });
    expect(await getSiteSettings()).toMatchObject({ title: "The Harbourside Herald", postsPerPage: 12 });
  });
});
