import { beforeEach, describe, expect, it } from "vitest";
import MemoryCacheHandler, { cacheStats, expireTags, pageTags } from "./cache-handler";
import { requestClock } from "./request-clock.js";

const page = (status: number, html = "<p>page</p>", tags = "posts") => ({ kind: "APP_PAGE", html, rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": tags }, status });
const fetched = (value: unknown) => ({ kind: "FETCH", data: { headers: {}, body: JSON.stringify(value), status: 200, url: "" }, revalidate: 3600 });

describe("the memory cache handler", () => {
  let cache: MemoryCacheHandler;
  beforeEach(() => {
    cache = new MemoryCacheHandler({ revalidatedTags: [] });
  });

  it("keeps pages and data that exist", async () => {
    await cache.set("/posts/a", page(200), {});
    await cache.set("article-a", fetched({ id: 1 }), { tags: ["post-slug:a"] });
    expect((await cache.get("/posts/a", { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "<p>page</p>" });
    expect(await cache.get("article-a", { kind: "FETCH", tags: ["post-slug:a"] })).not.toBeNull();
  });

  it("never keeps an error page or a read that found nothing", async () => {
    await cache.set("/posts/no-such-slug", page(404), {});
    await cache.set("/posts/broken", page(500), {});
    await cache.set("article-missing", fetched(null), { tags: ["post-slug:missing"] });
    expect(await cache.get("/posts/no-such-slug", { kind: "APP_PAGE" })).toBeNull();
    expect(await cache.get("/posts/broken", { kind: "APP_PAGE" })).toBeNull();
    expect(await cache.get("article-missing", { kind: "FETCH" })).toBeNull();
  });

  it("stays within its size however many addresses are asked for", async () => {
    const big = "x".repeat(100_000);
    for (let i = 0; i < 5_000; i++) await cache.set(`/posts/p${i}`, page(200, big), {});
    const stats = cacheStats();
    expect(stats.bytes).toBeLessThanOrEqual(stats.maxBytes);
    expect(stats.entries).toBeLessThan(5_000);
    // The most recent are the ones kept.
    expect(await cache.get("/posts/p4999", { kind: "APP_PAGE" })).not.toBeNull();
  });

  it("drops entries whose tag expired, and refuses data a request has revalidated", async () => {
    await cache.set("/posts/b", page(200, "<p>b</p>", "post-comments:7,posts"), {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    expireTags(["post-comments:7"], { expire: 0 });
    expect(await cache.get("/posts/b", { kind: "APP_PAGE" })).toBeNull();

    await cache.set("threads-7", fetched({ comments: [] }), { tags: ["post-comments:7"] });
    const revalidating = new MemoryCacheHandler({ revalidatedTags: ["post-comments:7"] });
    expect(await revalidating.get("threads-7", { kind: "FETCH", tags: ["post-comments:7"] })).toBeNull();
  });

  it("dates what a request stores by when it began if a tag expired meanwhile, so it counts as expired at once", async () => {
    const started = Date.now() - 50;
    await requestClock().run(started, async () => {
      // Read before the change, stored after it (a comment approved while the article rendered).
      expireTags(["post-comments:9"]);
      await cache.set("threads-9", fetched({ comments: [] }), { tags: ["post-comments:9"] });
      await cache.set("threads-10", fetched({ comments: [] }), { tags: ["post-comments:10"] });
    });
    expect((await cache.get("threads-9", { kind: "FETCH", tags: ["post-comments:9"] }))?.lastModified).toBe(started);
    expect((await cache.get("threads-10", { kind: "FETCH", tags: ["post-comments:10"] }))?.lastModified).toBeGreaterThan(started);
  });

  it("knows the tags of the page it holds for a path", async () => {
    await cache.set("/route-cache/APP_PAGE/abc123/$/posts/c", page(200, "<p>c</p>", "post:3,posts"), {});
    expect(pageTags("/posts/c")).toEqual(["post:3", "posts"]);
    expect(pageTags("/posts/unknown")).toBeNull();
  });
});
