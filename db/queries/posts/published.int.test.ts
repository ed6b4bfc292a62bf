import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createCategory, createComment, createPost, createTag, createUser } from "../../testing/fixtures";
import { truncateAll } from "../../testing/reset";
import { getPublishedPostBySlug, listLatestHeadlines, listPublishedPosts } from "./published";

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe("post queries", () => {
  let authorId: string;

  beforeEach(async () => {
    await truncateAll(getDb());
    authorId = (await createUser({ role: "author", name: "Tom Brennan" })).id;
  });

  it("lists only published posts whose publish time has come, newest first", async () => {
    const old = await createPost({ authorId, publishedAt: minutesAgo(60) });
    const recent = await createPost({ authorId, publishedAt: minutesAgo(5) });
    await createPost({ authorId, status: "draft", publishedAt: null });
    await createPost({ authorId, status: "pending", publishedAt: minutesAgo(1) });
    await createPost({ authorId, status: "scheduled", publishedAt: new Date(Date.now() + 3_600_000) });
    await createPost({ authorId, status: "unpublished", publishedAt: minutesAgo(10) });
    await createPost({ authorId, status: "trash", publishedAt: minutesAgo(10) });
    // Marked published but dated in the future: still not visible until then.
    await createPost({ authorId, status: "published", publishedAt: new Date(Date.now() + 60_000) });

    const page = await listPublishedPosts(getDb(), { limit: 10 });
    expect(page.posts.map((p) => p.id)).toEqual([recent.id, old.id]);
    expect(page.next).toBeNull();
    expect(page.posts[0]!.authorName).toBe("Tom Brennan");
  });

  it("paginates with a keyset cursor without skipping or repeating posts that share a timestamp", async () => {
    const sameMoment = minutesAgo(30);
    const created = [];
    for (let i = 0; i < 7; i++) {
      created.push(await createPost({ authorId, publishedAt: i < 4 ? sameMoment : minutesAgo(40 + i) }));
    }
    const seen: number[] = [];
    let before = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = await listPublishedPosts(getDb(), { limit: 3, before });
      seen.push(...page.posts.map((p) => p.id));
      if (!page.next) break;
      before = page.next;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 4)).toEqual(created.slice(0, 4).map((p) => p.id).reverse());
  });

  it("counts only approved comments", async () => {
    const post = await createPost({ authorId });
    await createComment({ postId: post.id });
    await createComment({ postId: post.id });
    await createComment({ postId: post.id, status: "pending" });
    await createComment({ postId: post.id, status: "spam" });
    await createComment({ postId: post.id, status: "trash" });
    const { posts } = await listPublishedPosts(getDb(), { limit: 10 });
    expect(posts[0]!.approvedCommentCount).toBe(2);
  });

  it("filters by category and by tag", async () => {
    const city = await createCategory("city", "City");
    const sport = await createCategory("sport", "Sport");
    const transport = await createTag("transport", "Transport");
    const a = await createPost({ authorId, categoryId: city.id }, [transport.id]);
    const b = await createPost({ authorId, categoryId: sport.id }, [transport.id]);
    await createPost({ authorId, categoryId: city.id, status: "draft" }, [transport.id]);

    const cityPage = await listPublishedPosts(getDb(), { limit: 10, categoryId: city.id });
    expect(cityPage.posts.map((p) => p.id)).toEqual([a.id]);
    expect(cityPage.posts[0]!.category).toEqual({ slug: "city", name: "City" });
    const tagged = await listPublishedPosts(getDb(), { limit: 10, tagId: transport.id });
    expect(tagged.posts.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("returns a whole article by slug with category and tags, and nothing for hidden posts", async () => {
    const city = await createCategory("city", "City");
    const tagB = await createTag("b-tag", "Buses");
    const tagA = await createTag("a-tag", "Airports");
    await createPost(
      {
        authorId,
        slug: "night-buses",
        kicker: "Transport",
        headline: "Night buses return",
        lead: "Three routes.",
        body: "## Heading",
        categoryId: city.id,
        sourceName: "Council",
        sourceUrl: "https://example.org",
      },
      [tagB.id, tagA.id],
    );
    await createPost({ authorId, slug: "a-draft", status: "draft" });

    const article = await getPublishedPostBySlug(getDb(), { slug: "night-buses" });
    expect(article).toMatchObject({
      kicker: "Transport",
      headline: "Night buses return",
      lead: "Three routes.",
      body: "## Heading",
      authorName: "Tom Brennan",
      sourceName: "Council",
      sourceUrl: "https://example.org",
      commentsOpen: true,
      category: { slug: "city", name: "City" },
      tags: [
        { slug: "a-tag", name: "Airports" },
        { slug: "b-tag", name: "Buses" },
      ],
    });
    expect(typeof article!.publishedAt).toBe("string");
    expect(await getPublishedPostBySlug(getDb(), { slug: "a-draft" })).toBeNull();
    expect(await getPublishedPostBySlug(getDb(), { slug: "missing" })).toBeNull();
  });

  it("lists the latest headlines without the current post", async () => {
    const first = await createPost({ authorId, publishedAt: minutesAgo(3) });
    const second = await createPost({ authorId, publishedAt: minutesAgo(2) });
    const third = await createPost({ authorId, publishedAt: minutesAgo(1) });
    const headlines = await listLatestHeadlines(getDb(), { limit: 5, excludeId: second.id });
    expect(headlines.map((h) => h.slug)).toEqual([third.slug, first.slug]);
  });
});
