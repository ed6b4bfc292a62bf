import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { categories, posts, postTags, tags } from "@/db/schema";
import { createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { getDb } from "@/lib/db";
import { SEARCH_WALK } from "@/db/queries/search";
import { searchSite } from "./search";

const HOUR = 3_600_000;
let authorId: string;
const headlines = async (q: unknown, order: unknown = "relevance", after?: unknown) => (await searchSite({ q, order, after })).hits.map((hit) => hit.headline);

describe("site search", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    authorId = (await createUser({ role: "author" })).id;
  });

  it("ranks a headline match above a body match, stems words, and marks the passage", async () => {
    await createPost({ authorId, headline: "Council budget approved", body: "Nothing about transport here.", publishedAt: new Date(Date.now() - 3 * HOUR) });
    await createPost({ authorId, headline: "Weekend roundup", body: "Among other things, the night buses are running again after the strike.", publishedAt: new Date(Date.now() - HOUR) });
    await createPost({ authorId, headline: "Night buses return", lead: "Services resume on Friday.", publishedAt: new Date(Date.now() - 2 * HOUR) });
    expect(await headlines("buses")).toEqual(["Night buses return", "Weekend roundup"]);
    expect(await headlines("buses", "newest")).toEqual(["Weekend roundup", "Night buses return"]);
    // English stemming: "run" finds "running".
    const { hits } = await searchSite({ q: "run", order: "relevance", after: null });
    expect(hits.map((hit) => hit.headline)).toEqual(["Weekend roundup"]);
    expect(hits[0]!.snippet).toContain("<mark>running</mark>");
  });

  it("understands phrases, exclusions and or", async () => {
    await createPost({ authorId, headline: "Harbour works begin", body: "The harbour wall will be rebuilt." });
    await createPost({ authorId, headline: "Wall of fame unveiled", body: "A harbour view from the new wall." });
    await createPost({ authorId, headline: "Library hours extended", body: "Open until midnight." });
    expect((await headlines('"harbour wall"')).sort()).toEqual(["Harbour works begin"]);
    expect(await headlines("harbour -fame")).toEqual(["Harbour works begin"]);
    expect((await headlines("library or fame")).sort()).toEqual(["Library hours extended", "Wall of fame unveiled"]);
  });

  it("finds posts by their section and tags, and follows a renamed tag", async () => {
    const post = await createPost({ authorId, headline: "A quiet week" });
    const [tag] = await getDb().insert(tags).values({ slug: "ferries", name: "Ferries" }).returning();
    await getDb().insert(postTags).values({ postId: post.id, tagId: tag!.id });
    expect(await headlines("ferries")).toEqual(["A quiet week"]);
    await getDb().update(tags).set({ name: "Boats" }).where(eq(tags.id, tag!.id));
    expect(await headlines("boats")).toEqual(["A quiet week"]);
    expect(await headlines("ferries")).toEqual([]);
    const [section] = await getDb().insert(categories).values({ slug: "sport", name: "Sport" }).returning();
    await getDb().update(posts).set({ categoryId: section!.id }).where(eq(posts.id, post.id));
    expect(await headlines("sport")).toEqual(["A quiet week"]);
  });

  it("never shows drafts, scheduled, unpublished or trashed posts", async () => {
    for (const status of ["draft", "pending", "scheduled", "unpublished", "trash"] as const) {
      await createPost({ authorId, headline: `Secret ${status} plan`, status, publishedAt: status === "scheduled" ? new Date(Date.now() + HOUR) : null });
    }
    await createPost({ authorId, headline: "Public plan" });
    expect(await headlines("plan")).toEqual(["Public plan"]);
  });

  it("pages through results on keysets in both orders", async () => {
    for (let i = 0; i < 25; i++) await createPost({ authorId, headline: `Tide report ${i}`, body: "tide ".repeat(i + 1), publishedAt: new Date(Date.now() - (i + 1) * HOUR) });
    for (const order of ["newest", "relevance"]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const result = await searchSite({ q: "tide", order, after });
        seen.push(...result.hits.map((hit) => hit.headline));
        after = result.next;
        if (!after) break;
      }
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
    }
  });

  it("turns any input into results or nothing found, never an error", async () => {
    await createPost({ authorId, headline: "Bridge repairs" });
    for (const q of ["", "   ", "x".repeat(10_000), "\u0000bridge", '"unbalanced', "-", "or", "!!! & | :*", "'); drop table posts; --", ["bridge"], null, "the and of"]) {
      const result = await searchSite({ q, order: "relevance", after: "garbage" });
      expect(Array.isArray(result.hits)).toBe(true);
    }
    expect(await headlines("\u0000bridge")).toEqual(["Bridge repairs"]);
    // An unknown order is best match; a cursor past everything is an empty page.
    expect(await headlines("bridge", "sideways", "r9-99999")).toEqual(["Bridge repairs"]);
    expect(await headlines("bridge", "relevance", "r0-1")).toEqual([]);
  });

  it("finds the newest matches whether the words are in most posts or only in old ones", async () => {
    // More published posts than the date-order walk reads (SEARCH_WALK), every one
    // holding "tide"; "lighthouse" only in the two oldest, "keeper" in one of every 400.
    await getDb().execute(sql`
      insert into posts (slug, headline, body, status, author_id, published_at)
      select 'tide-' || g, 'Tide report ' || g,
             case when g > 5198 then 'lighthouse tide' when g % 400 = 0 then 'keeper tide' else 'tide' end,
             'published', ${authorId}::uuid, now() - (g || ' minutes')::interval
      from generate_series(1, ${SEARCH_WALK + 200}) g`);
    expect(await headlines("tide", "newest")).toEqual(Array.from({ length: 10 }, (_, i) => `Tide report ${i + 1}`));
    expect(await headlines("lighthouse", "newest")).toEqual(["Tide report 5199", "Tide report 5200"]);
    expect((await headlines("lighthouse")).sort()).toEqual(["Tide report 5199", "Tide report 5200"]);
    const keepers = await headlines("keeper", "newest");
    expect(keepers).toEqual(Array.from({ length: 10 }, (_, i) => `Tide report ${(i + 1) * 400}`));
    // The next page of a rare word continues past the walk's reach.
    const first = await searchSite({ q: "keeper", order: "newest", after: null });
    const second = await searchSite({ q: "keeper", order: "newest", after: first.next });
    expect(second.hits.map((hit) => hit.headline)).toEqual(["Tide report 4400", "Tide report 4800"]);
    expect(second.next).toBeNull();
  });
});
