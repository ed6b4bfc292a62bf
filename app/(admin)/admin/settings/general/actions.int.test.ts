import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { revalidated, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { continueSearchReindex, isSearchReindexing, readSiteSettings } from "@/lib/settings/store";
import { searchPublishedPosts } from "@/db/queries/search";
import { settings } from "@/db/schema";
import { createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { saveGeneralSettings, uploadLogo } from "./actions";

const valid = {
  title: "Der Hafenbote",
  tagline: "Nachrichten vom Kai",
  description: "Lokale Nachrichten für die Hafenstädte.",
  language: "de-DE",
  timeZone: "Europe/Berlin",
  postsPerPage: "12",
  logo: "",
};

// The smallest PNG there is: 1×1, one grey pixel.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==", "base64");

function fileForm(bytes: Buffer | string) {
  const data = new FormData();
  data.set("file", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], "logo.png", { type: "image/png" }));
  return data;
}

async function search(query: string) {
  return searchPublishedPosts(getDb(), { query, order: "newest", after: null, limit: 10, now: new Date() });
}

async function finishReindex() {
  for (let step = await continueSearchReindex(getDb(), 2); step && !step.finished; step = await continueSearchReindex(getDb(), 2));
}

describe("saveGeneralSettings, called directly", () => {
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    for (const role of ["reader", "author", "editor", "moderator", "admin"] as const) ids[role] = (await createUser({ role })).id;
    signInAs(null);
  });

  it("saves an admin's settings and expires every page that shows them", async () => {
    signInAs(ids.admin!);
    expect(await saveGeneralSettings({}, form({ ...valid, language: "en-US" }))).toMatchObject({ ok: true, data: { reindexing: false } });
    expect(await readSiteSettings(getDb())).toEqual({
      title: "Der Hafenbote",
      tagline: "Nachrichten vom Kai",
      description: "Lokale Nachrichten für die Hafenstädte.",
      language: "en-US",
      timeZone: "Europe/Berlin",
      postsPerPage: 12,
      logo: null,
    });
    expect(revalidated).toEqual(["tag:settings"]);
  });

  it.each(["anonymous", "reader", "author", "editor", "moderator"])("refuses %s and changes nothing", async (who) => {
    signInAs(who === "anonymous" ? null : ids[who]!);
    expect((await saveGeneralSettings({}, form(valid))).formError).toBe("You don’t have permission to change the site settings.");
    expect((await uploadLogo(fileForm(PNG))).formError).toBe("You don’t have permission to change the site settings.");
    expect(await getDb().select().from(settings)).toEqual([]);
    expect(revalidated).toEqual([]);
  });

  it("explains broken values beside their fields, keeps what was typed and leaves the saved settings alone", async () => {
    signInAs(ids.admin!);
    await saveGeneralSettings({}, form({ ...valid, language: "en-GB" }));
    const broken = { ...valid, title: "\u0000", postsPerPage: "0", timeZone: "Mars/Olympus", language: "tlh", logo: "../../etc/passwd", tagline: "x".repeat(10_000) };
    const state = await saveGeneralSettings({}, form(broken));
    expect(state.ok).toBe(false);
    expect(state.formError).toBe("Some settings need fixing. Nothing was saved.");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["language", "logo", "postsPerPage", "tagline", "timeZone", "title"]);
    expect(state.values).toMatchObject({ postsPerPage: "0", timeZone: "Mars/Olympus" });
    expect(await readSiteSettings(getDb())).toMatchObject({ title: "Der Hafenbote", postsPerPage: 12, timeZone: "Europe/Berlin" });
  });

  it("takes an uploaded logo by its checked bytes, and refuses what isn't an image", async () => {
    signInAs(ids.admin!);
    const uploaded = await uploadLogo(fileForm(PNG));
    expect(uploaded.ok).toBe(true);
    expect(uploaded.data?.file).toMatch(/^[a-f0-9]{64}\.png$/);
    expect(await saveGeneralSettings({}, form({ ...valid, logo: uploaded.data!.file }))).toMatchObject({ ok: true });
    expect((await readSiteSettings(getDb())).logo).toBe(uploaded.data!.file);
    // A well-formed name of an image that was never uploaded is refused beside the field.
    const made = await saveGeneralSettings({}, form({ ...valid, logo: `${"c".repeat(64)}.png` }));
    expect(made.fieldErrors?.logo).toMatch(/Upload it again/);
    expect((await readSiteSettings(getDb())).logo).toBe(uploaded.data!.file);
    const refused = await uploadLogo(fileForm("<svg onload=alert(1)>"));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.file).toBeTruthy();
  });

  it("a new language switches site search's stemming and indexes every post again in batches", async () => {
    const author = await createUser({ role: "author" });
    for (let i = 0; i < 5; i++) await createPost({ authorId: author.id, headline: `Story ${i}`, body: i === 3 ? "Die Häuser am Hafen werden renoviert." : "Nothing to see.", status: "published", publishedAt: new Date(Date.now() - 60_000) });
    // English stemming: "Haus" does not find "Häuser".
    expect(await search("Haus")).toHaveLength(0);
    signInAs(ids.admin!);
    expect(await saveGeneralSettings({}, form(valid))).toMatchObject({ ok: true, data: { reindexing: true } });
    expect(await isSearchReindexing(getDb())).toBe(true);
    await finishReindex();
    expect(await isSearchReindexing(getDb())).toBe(false);
    expect((await search("Haus")).map((hit) => hit.headline)).toEqual(["Story 3"]);
    // New posts are indexed in the new language at once.
    await createPost({ authorId: author.id, headline: "Neue Häuser", status: "published", publishedAt: new Date(Date.now() - 1000) });
    expect((await search("Haus")).map((hit) => hit.headline).sort()).toEqual(["Neue Häuser", "Story 3"]);
    // Saving again in the same language starts nothing.
    expect(await saveGeneralSettings({}, form({ ...valid, title: "Anders" }))).toMatchObject({ ok: true, data: { reindexing: false } });
    expect(await isSearchReindexing(getDb())).toBe(false);
  });
});
