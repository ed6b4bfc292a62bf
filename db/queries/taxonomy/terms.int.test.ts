import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createCategory, createTag } from "../../testing/fixtures";
import { truncateAll } from "../../testing/reset";
import { readSiteSettings, writeSiteSettings } from "@/lib/settings/store";
import { getCategoryBySlug, getTagBySlug, listCategories } from "./terms";

describe("categories, tags and settings", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("finds categories and tags by slug and lists categories by name", async () => {
    await createCategory("sport", "Sport");
    await createCategory("city", "City");
    await createTag("transport", "Transport");
    expect(await getCategoryBySlug(getDb(), { slug: "city" })).toMatchObject({ slug: "city", name: "City" });
    expect(await getCategoryBySlug(getDb(), { slug: "nope" })).toBeNull();
    expect(await getTagBySlug(getDb(), { slug: "transport" })).toMatchObject({ name: "Transport" });
    expect((await listCategories(getDb())).map((c) => c.name)).toEqual(["City", "Sport"]);
  });

  it("reads defaults until settings are saved, then the saved values", async () => {
    expect((await readSiteSettings(getDb())).title).toBe("Broadsheet");
    await writeSiteSettings(getDb(), { ...(await readSiteSettings(getDb())), title: "The Harbourside Herald" });
    await writeSiteSettings(getDb(), { ...(await readSiteSettings(getDb())), postsPerPage: 12 });
    expect(await readSiteSettings(getDb())).toMatchObject({ title: "The Harbourside Herald", postsPerPage: 12 });
  });
});
