import { parseFeed } from "@rowanmanning/feed-parser";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { comments, posts, users } from "@/db/schema";
import { createCategory, createComment, createPost, createTag, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import "@/lib/testing/session";
import { getAuthorPage } from "@/lib/content";
import { GET as postsRss } from "./feed.xml/route";
import { GET as postsAtom } from "./atom.xml/route";
import { GET as commentsRss } from "./comments/feed.xml/route";
import { GET as commentsAtom } from "./comments/atom.xml/route";
import { GET as categoryRss } from "./(site)/category/[slug]/feed.xml/route";
import { GET as tagAtom } from "./(site)/tag/[slug]/atom.xml/route";
import { GET as postCommentsRss } from "./(site)/posts/[slug]/comments/feed.xml/route";
import { GET as sitemapIndex } from "./sitemap.xml/route";
import { GET as sitemapFile } from "./sitemaps/[file]/route";
import robots from "./robots";

// The feeds, sitemaps and robots.txt as a crawler or a feed reader gets them,
// against a site holding posts in every state.

const site = () => getEnv().SITE_URL.replace(/\/$/, "");
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });
const request = new Request("http://localhost/");

async function feedOf(response: Response) {
  expect(response.status).toBe(200);
  return parseFeed(await response.text());
}

async function locs(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
  return [...(await response.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, "&"));
}

describe("feeds, sitemaps and robots.txt", () => {
  const ids = { city: "", published: [] as number[], draft: 0, scheduled: 0, trashed: 0 };

  beforeAll(async () => {
    await truncateAll(getDb());
    const author = await createUser({ role: "author", name: "Tom O’Neill" });
    await createUser({ role: "reader", name: "Rita Reader" });
    const editorWithoutPosts = await createUser({ role: "editor", name: "Eddie Draft" });
    const city = await createCategory("city", "City");
    await createCategory("empty", "Empty");
    const fish = await createTag("fish-chips", "Fish & chips");
    await createTag("unused", "Unused");
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const a = await createPost({ authorId: author.id, slug: "bridge", headline: "Bridge <reopens> & more", lead: "Traffic returns.", categoryId: city.id, publishedAt: minutesAgo(30) }, [fish.id]);
    const b = await createPost({ authorId: author.id, slug: "harbour", headline: "Harbour news", publishedAt: minutesAgo(20) });
    const c = await createPost({ authorId: author.id, slug: "market", headline: "Market day", categoryId: city.id, publishedAt: minutesAgo(10) });
    ids.published = [c.id, b.id, a.id];
    ids.draft = (await createPost({ authorId: editorWithoutPosts.id, slug: "draft", headline: "Secret draft", status: "draft", publishedAt: null, categoryId: city.id }, [fish.id])).id;
    ids.scheduled = (await createPost({ authorId: author.id, slug: "future", headline: "Tomorrow’s story", status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) })).id;
    ids.trashed = (await createPost({ authorId: author.id, slug: "binned", headline: "Binned story", status: "trash", publishedAt: minutesAgo(40) })).id;
    await createComment({ postId: a.id, authorName: "Ann", authorEmail: "ann@example.test", body: "First **approved** <script>alert(1)</script>", status: "approved", createdAt: minutesAgo(5) });
    await createComment({ postId: a.id, authorName: "Held Hal", authorEmail: "hal@example.test", body: "Held one", status: "pending" });
    await createComment({ postId: a.id, authorName: "Spammer", authorEmail: "spam@example.test", body: "Buy now", status: "spam" });
    await createComment({ postId: c.id, authorName: "Ben", authorEmail: "ben@example.test", body: "On the market", status: "approved", createdAt: minutesAgo(2) });
    await createComment({ postId: ids.draft, authorName: "Early", authorEmail: "early@example.test", body: "On a draft", status: "approved" });
  });

  it("the posts feed, as RSS and Atom, lists published stories only, newest first", async () => {
    for (const response of [await postsRss(request), await postsAtom(request)]) {
      const feed = await feedOf(response);
      expect(feed.items.map((item) => item.url)).toEqual(["market", "harbour", "bridge"].map((slug) => `${site()}/posts/${slug}`));
      expect(feed.items[2]!.title).toBe("Bridge <reopens> & more");
      expect(feed.items[2]!.authors[0]!.name).toBe("Tom O’Neill");
      expect(feed.title).toBe("Broadsheet");
    }
    expect((await postsAtom(request)).headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  });

  it("a section's and a tag's feed list their own stories; unknown or odd names are a 404", async () => {
    const section = await feedOf(await categoryRss(request, params({ slug: "city" })));
    expect(section.items.map((item) => item.title)).toEqual(["Market day", "Bridge <reopens> & more"]);
    expect(section.title).toBe("City — Broadsheet");
    const tagged = await feedOf(await tagAtom(request, params({ slug: "fish-chips" })));
    expect(tagged.items.map((item) => item.title)).toEqual(["Bridge <reopens> & more"]);
    for (const slug of ["nope", "../etc", "x".repeat(500), "a\u0000b", "%00"]) expect((await categoryRss(request, params({ slug }))).status).toBe(404);
  });

  it("the comments feeds carry approved comments on published stories, rendered safely, without addresses", async () => {
    for (const response of [await commentsRss(request), await commentsAtom(request)]) {
      const text = await response.clone().text();
      const feed = await feedOf(response);
      expect(feed.items.map((item) => item.authors[0]!.name)).toEqual(["Ben", "Ann"]);
      expect(text).not.toMatch(/example\.test|Held Hal|Spammer|On a draft/);
      const ann = feed.items[1]!;
      expect(ann.content ?? ann.description).toContain("<strong>approved</strong>");
      // What a reader hands its HTML renderer (the XML decoded once) holds the script only as text.
      const decoded = text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
      expect(decoded).toContain("&lt;script&gt;alert(1)");
      expect(decoded).not.toMatch(/<script/i);
      expect(ann.title).toBe("Ann on “Bridge <reopens> & more”");
    }
    const one = await feedOf(await postCommentsRss(request, params({ slug: "bridge" })));
    expect(one.items.map((item) => item.authors[0]!.name)).toEqual(["Ann"]);
    for (const slug of ["draft", "future", "binned", "nope"]) expect((await postCommentsRss(request, params({ slug }))).status).toBe(404);
  });

  it("the sitemap index names every file, and the files list only what readers can see", async () => {
    const files = await locs(await sitemapIndex(request));
    expect(files).toEqual(["pages", "sections", "authors", "posts-0", "tags-0"].map((name) => `${site()}/sitemaps/${name}.xml`));
    const file = (name: string) => sitemapFile(request, params({ file: name }));
    expect(await locs(await file("posts-0.xml"))).toEqual(["bridge", "harbour", "market"].map((slug) => `${site()}/posts/${slug}`));
    expect(await (await file("posts-0.xml")).text()).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
    expect(await locs(await file("sections.xml"))).toEqual([`${site()}/category/city`]);
    expect(await locs(await file("tags-0.xml"))).toEqual([`${site()}/tag/fish-chips`]);
    const [author] = await getDb().select({ slug: users.slug }).from(users).where(eq(users.name, "Tom O’Neill"));
    expect(await locs(await file("authors.xml"))).toEqual([`${site()}/author/${author!.slug}`]);
    expect(await locs(await file("pages.xml"))).toContain(`${site()}/`);
    for (const name of ["posts-1.xml", "posts-99.xml", "users.xml", "posts-0.xml.gz", "../robots.txt"]) expect((await file(name)).status).toBe(404);
  });

  it("feeds and sitemaps carry a validator: an unchanged one answers 304 with no body, a changed one the new document", async () => {
    const first = await postsRss(request);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get("cache-control")).toMatch(/s-maxage=1/);
    const again = await postsRss(new Request("http://localhost/feed.xml", { headers: { "If-None-Match": `W/${etag}, "other"` } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const index = await sitemapIndex(request);
    expect((await sitemapIndex(new Request("http://localhost/sitemap.xml", { headers: { "If-None-Match": index.headers.get("etag")! } }))).status).toBe(304);
    await getDb().update(posts).set({ headline: "Harbour news, updated" }).where(eq(posts.slug, "harbour"));
    const changed = await postsRss(new Request("http://localhost/feed.xml", { headers: { "If-None-Match": etag } }));
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("Harbour news, updated");
    await getDb().update(posts).set({ headline: "Harbour news" }).where(eq(posts.slug, "harbour"));
  });

  it("robots.txt names the sitemap and keeps private pages out", () => {
    const rules = robots();
    expect(rules.sitemap).toBe(`${site()}/sitemap.xml`);
    const disallowed = [rules.rules].flat().flatMap((rule) => [rule.disallow ?? []].flat());
    for (const path of ["/admin", "/preview/", "/account", "/api/"]) expect(disallowed).toContain(path);
    expect(disallowed).not.toContain("/search");
  });

  it("a post that goes live, or is binned, shows in or leaves the feeds and sitemap", async () => {
    await getDb().update(posts).set({ status: "published", publishedAt: new Date(Date.now() - 1000) }).where(eq(posts.id, ids.scheduled));
    await getDb().update(posts).set({ status: "trash" }).where(eq(posts.id, ids.published[0]!));
    const feed = await feedOf(await postsRss(request));
    expect(feed.items.map((item) => item.title)).toEqual(["Tomorrow’s story", "Harbour news", "Bridge <reopens> & more"]);
    expect(await locs(await sitemapFile(request, params({ file: "posts-0.xml" })))).not.toContain(`${site()}/posts/market`);
    // Its comments leave the comment feed with it.
    expect((await feedOf(await commentsRss(request))).items.map((item) => item.authors[0]!.name)).toEqual(["Ann"]);
    await getDb().update(posts).set({ status: "published" }).where(eq(posts.id, ids.published[0]!));
    await getDb().update(posts).set({ status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) }).where(eq(posts.id, ids.scheduled));
  });
});

describe("author addresses and pages", () => {
  beforeAll(async () => {
    await truncateAll(getDb());
  });

  it("come from the name, without accents, unique, and stay when the name changes", async () => {
    const jose = await createUser({ role: "author", name: "José Núñez" });
    const twin = await createUser({ role: "author", name: "Jose Nunez" });
    const greek = await createUser({ role: "author", name: "Σωκράτης" });
    const odd = await createUser({ role: "author", name: "  --Ærø & Søn--  " });
    expect([jose.slug, twin.slug, greek.slug, odd.slug]).toEqual(["jose-nunez", "jose-nunez-2", "author", "aro-son"]);
    await getDb().update(users).set({ name: "José Núñez García" }).where(eq(users.id, jose.id));
    const [renamed] = await getDb().select({ slug: users.slug }).from(users).where(eq(users.id, jose.id));
    expect(renamed!.slug).toBe("jose-nunez");
  });

  it("twenty accounts with one name created at once all get their own address", async () => {
    const created = await Promise.all(Array.from({ length: 20 }, () => createUser({ name: "Same Name" })));
    expect(new Set(created.map((user) => user.slug)).size).toBe(20);
  });

  it("an author page lists the author's published stories only, and a reader has none", async () => {
    const author = await createUser({ role: "author", name: "Paula Pages" });
    const other = await createUser({ role: "author", name: "Other Writer" });
    const reader = await createUser({ role: "reader", name: "Quiet Reader" });
    await getDb().update(users).set({ bio: "Covers the harbour.\n\nLikes boats." }).where(eq(users.id, author.id));
    for (let i = 0; i < 3; i++) await createPost({ authorId: author.id, headline: `Paula ${i}`, publishedAt: new Date(Date.now() - (i + 1) * 60_000) });
    await createPost({ authorId: author.id, headline: "Paula draft", status: "draft", publishedAt: null });
    await createPost({ authorId: other.id, headline: "Someone else" });
    const first = await getAuthorPage(author.slug, null, 2);
    expect(first!.author).toEqual({ slug: "paula-pages", name: "Paula Pages", bio: "Covers the harbour.\n\nLikes boats." });
    expect(first!.posts.map((post) => post.headline)).toEqual(["Paula 0", "Paula 1"]);
    const second = await getAuthorPage(author.slug, first!.nextCursor, 2);
    expect(second!.posts.map((post) => post.headline)).toEqual(["Paula 2"]);
    expect(second!.nextCursor).toBeNull();
    expect(await getAuthorPage(reader.slug, null, 10)).toBeNull();
    expect(await getAuthorPage("nobody", null, 10)).toBeNull();
    // The comment count on an author's list is of approved comments only.
    const [post] = await getDb().select({ id: posts.id }).from(posts).where(eq(posts.headline, "Paula 0"));
    await createComment({ postId: post!.id, status: "approved" });
    await createComment({ postId: post!.id, status: "pending" });
    expect((await getAuthorPage(author.slug, null, 1))!.posts[0]!.approvedCommentCount).toBe(1);
    expect((await getDb().execute(sql`select count(*)::int as n from ${comments}`)) !== null).toBe(true);
  });
});
