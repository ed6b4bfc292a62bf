import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { listApprovedThreads } from "./queries/comments/threads";
import { getPublishedPostBySlug, listPublishedPosts } from "./queries/posts/published";
import { getDb } from "@/lib/db";
import { categories, comments, posts, users } from "./schema";
import { seedDemo } from "@/lib/demo-content";
import { isDatabaseEmpty } from "./seed";
import { truncateAll } from "./testing/reset";

describe("demo seed", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
  });

  it("fills an empty database with news-shaped demo content and one account per role", async () => {
    const db = getDb();
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await seedDemo(db)).toEqual({ seeded: true });

    const roles = (await db.select({ role: users.role }).from(users)).map((u) => u.role).sort();
    expect(roles).toEqual(["admin", "author", "editor", "moderator", "reader"]);
    const accounts = await db.select({ hash: users.passwordHash }).from(users);
    expect(accounts.every((a) => a.hash?.startsWith("$argon2id$"))).toBe(true);

    const visible = await listPublishedPosts(getDb(), { limit: 50 });
    expect(visible.posts.length).toBeGreaterThanOrEqual(12);
    expect(new Set(visible.posts.map((p) => p.category?.slug)).size).toBeGreaterThanOrEqual(3);
    expect(visible.posts.every((p) => p.kicker && p.lead)).toBe(true);

    const article = await getPublishedPostBySlug(getDb(), { slug: visible.posts[0]!.slug });
    expect(article!.body).toMatch(/^## /m);
    expect(article!.body).toMatch(/^> /m);
    expect(article!.body).toMatch(/\[[^\]]+\]\(https?:\/\//);
    expect(article!.sourceName).toBeTruthy();

    const threads = await listApprovedThreads(getDb(), { postId: article!.id, perPage: 50 });
    expect(threads.comments.some((c) => c.parentId !== null)).toBe(true);
    const statuses = (await db.select({ status: comments.status }).from(comments)).map((c) => c.status);
    expect(statuses).toEqual(expect.arrayContaining(["approved", "pending", "spam"]));
  });

  it("is idempotent: a second run adds nothing", async () => {
    const db = getDb();
    await seedDemo(db);
    const before = await db.select({ n: count() }).from(posts);
    expect(await seedDemo(db)).toEqual({ seeded: false });
    const after = await db.select({ n: count() }).from(posts);
    expect(after).toEqual(before);
    expect(await db.select({ n: count() }).from(categories).where(eq(categories.slug, "city"))).toEqual([{ n: 1 }]);
  });
});
