import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { createComment, createOneOfEachRole, createPost } from "@/db/testing/fixtures";
import type { UserRole } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import CommentsQueuePage from "./comments/page";
import PostsPage from "./posts/page";
import UsersPage from "./users/page";
import { savePostAction } from "./posts/editor-actions";

// Control characters (PostgreSQL refuses NUL in text: error 22021) and other odd
// input in every admin filter and search: a page with nothing found, never a 500.
const odd = ["abc\u0000def", "\u0000", "\u202e\u200b", "%00", "'; drop table comments; --", "x".repeat(300)];
const page = (params: Record<string, string>) => ({ searchParams: Promise.resolve(params) });

describe("admin pages and forms with hostile input", () => {
  let ids: Record<UserRole, string>;

  beforeEach(async () => {
    await truncateAll(getDb());
    ids = await createOneOfEachRole();
    const post = await createPost({ authorId: ids.author });
    await createComment({ postId: post.id, status: "pending", body: "abc def" });
  });

  it.each(odd)("the moderation queue answers search, author and address filters of %j", async (value) => {
    signInAs(ids.moderator);
    for (const key of ["q", "author", "ip", "post", "after", "view", "order"]) {
      await expect(CommentsQueuePage(page({ [key]: value }))).resolves.toBeTruthy();
    }
  });

  it.each(odd)("the posts list and the users list answer a search of %j", async (value) => {
    signInAs(ids.admin);
    for (const key of ["q", "author", "category", "status", "after"]) await expect(PostsPage(page({ [key]: value }))).resolves.toBeTruthy();
    await expect(UsersPage(page({ q: value }))).resolves.toBeTruthy();
  });

  it("explains a headline with a NUL byte beside the field and saves nothing", async () => {
    signInAs(ids.editor);
    const result = await savePostAction({ headline: "Bridge\u0000 reopens", body: "Text" });
    expect(!result.ok && result.fieldErrors?.headline).toMatch(/control characters/);
    const invisible = await savePostAction({ headline: "\u200b", body: "Text" });
    expect(!invisible.ok && invisible.fieldErrors?.headline).toMatch(/invisible/);
  });
});
