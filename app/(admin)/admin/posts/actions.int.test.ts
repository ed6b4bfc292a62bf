import { anySubmission } from "@/lib/testing/matchers";
import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { revalidated, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { listAdminPosts } from "@/db/queries/posts/admin-list";
import { posts } from "@/db/schema";
import { createCategory, createComment, createOneOfEachRole, createPost } from "@/db/testing/fixtures";
import type { UserRole } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { trashSelectedPosts } from "./actions";

const request = (ids: number[]) => {
  const data = new FormData();
  for (const id of ids) data.append("post", String(id));
  return data;
};
const statuses = async () => (await getDb().select({ status: posts.status }).from(posts).orderBy(asc(posts.id))).map((row) => row.status);

describe("Admin → Posts", () => {
  let ids: Record<UserRole, string>;

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    ids = await createOneOfEachRole();
    signInAs(null);
  });

  it("lists every post but the trash, recently changed first, with filters, counts and keyset pages", async () => {
    const city = await createCategory("city", "City");
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const a = await createPost({ authorId: ids.author, headline: "Ferry fares frozen", status: "draft", updatedAt: at(1) });
    const b = await createPost({ authorId: ids.editor, headline: "Night buses return", categoryId: city.id, updatedAt: at(2) });
    await createPost({ authorId: ids.editor, headline: "Gone", status: "trash", updatedAt: at(3) });
    await createComment({ postId: b.id });
    await createComment({ postId: b.id, status: "pending" });

    const all = await listAdminPosts(getDb(), { status: "all" }, { limit: 50 });
    expect(all.posts.map((p) => p.headline)).toEqual(["Ferry fares frozen", "Night buses return"]);
    expect(all.posts[1]).toMatchObject({ authorName: "The editor", categoryName: "City", commentCount: 1, pendingCount: 1 });
    expect((await listAdminPosts(getDb(), { status: "trash" }, { limit: 50 })).posts.map((p) => p.headline)).toEqual(["Gone"]);
    expect((await listAdminPosts(getDb(), { status: "all", authorId: ids.author }, { limit: 50 })).posts.map((p) => p.id)).toEqual([a.id]);
    expect((await listAdminPosts(getDb(), { status: "all", categoryId: city.id }, { limit: 50 })).posts.map((p) => p.id)).toEqual([b.id]);
    expect((await listAdminPosts(getDb(), { status: "all", search: "buses" }, { limit: 50 })).posts.map((p) => p.id)).toEqual([b.id]);
    const first = await listAdminPosts(getDb(), { status: "all" }, { limit: 1 });
    expect(first.posts.map((p) => p.id)).toEqual([a.id]);
    expect((await listAdminPosts(getDb(), { status: "all" }, { limit: 1, after: first.next })).posts.map((p) => p.id)).toEqual([b.id]);
  });

  it("moves posts to the trash in bulk: editors any, authors only their own unpublished ones", async () => {
    const own = await createPost({ authorId: ids.author, status: "draft" });
    const ownLive = await createPost({ authorId: ids.author, status: "published" });
    const theirs = await createPost({ authorId: ids.editor, status: "draft" });

    signInAs(ids.author);
    const state = await trashSelectedPosts({}, request([own.id, ownLive.id, theirs.id]));
    expect(state).toEqual({ ok: true, message: "1 post moved to the trash. 2 left alone: you can’t delete them.", submission: anySubmission });
    expect(await statuses()).toEqual(["trash", "published", "draft"]);
    expect(revalidated).toEqual(["path:/admin/posts"]);

    signInAs(ids.editor);
    revalidated.length = 0;
    expect((await trashSelectedPosts({}, request([ownLive.id, theirs.id]))).message).toBe("2 posts moved to the trash.");
    expect(await statuses()).toEqual(["trash", "trash", "trash"]);
    // The published one leaves the public pages at once.
    expect(revalidated).toEqual(expect.arrayContaining([`tag:post:${ownLive.id}`, `tag:post-slug:${ownLive.slug}`, "tag:posts"]));
  });

  it.each(["anonymous", "reader", "moderator"] as const)("refuses %s and changes nothing", async (who) => {
    const post = await createPost({ authorId: ids.editor, status: "draft" });
    signInAs(who === "anonymous" ? null : ids[who]);
    expect(await trashSelectedPosts({}, request([post.id]))).toEqual({ ok: false, formError: "You don’t have permission to manage posts.", submission: anySubmission });
    expect(await statuses()).toEqual(["draft"]);
  });

  it("rejects malformed selections", async () => {
    signInAs(ids.editor);
    expect((await trashSelectedPosts({}, request([]))).formError).toBe("Select at least one post.");
    const bad = new FormData();
    bad.append("post", "1 or 1=1");
    expect((await trashSelectedPosts({}, bad)).ok).toBe(false);
  });
});
