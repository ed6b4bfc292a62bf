import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../index";
import { createComment, createPost, createUser } from "../testing/fixtures";
import { truncateAll } from "../testing/reset";
import { countApprovedComments, listApprovedThreads } from "./comments";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

describe("comment queries", () => {
  let postId: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    const author = await createUser({ role: "author" });
    postId = (await createPost({ authorId: author.id })).id;
  });

  it("returns approved threads with their replies, oldest first, never private fields", async () => {
    const first = await createComment({ postId, createdAt: at(1), authorEmail: "secret@example.test", ip: "203.0.113.9" });
    const reply = await createComment({ postId, createdAt: at(3) }, first);
    await createComment({ postId, createdAt: at(4) }, reply);
    await createComment({ postId, createdAt: at(5), status: "pending" }, first);
    await createComment({ postId, createdAt: at(6), status: "spam" });
    const second = await createComment({ postId, createdAt: at(2) });

    const page = await listApprovedThreads({ postId, limit: 50 });
    const ids = page.comments.map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual([first.id, second.id]);
    expect(ids).toHaveLength(4);
    expect(page.total).toBe(4);
    expect(page.hasMore).toBe(false);
    for (const comment of page.comments) {
      expect(Object.keys(comment).sort()).toEqual(["authorName", "authorUrl", "body", "createdAt", "id", "parentId"]);
    }
    expect(JSON.stringify(page)).not.toContain("secret@example.test");
  });

  it("pages by top-level comment and still counts every approved comment", async () => {
    const roots = [];
    for (let i = 0; i < 5; i++) roots.push(await createComment({ postId, createdAt: at(i) }));
    await createComment({ postId, createdAt: at(10) }, roots[4]);
    await createComment({ postId, createdAt: at(11) }, roots[0]);

    const page = await listApprovedThreads({ postId, limit: 3 });
    expect(page.hasMore).toBe(true);
    expect(page.total).toBe(7);
    const ids = page.comments.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(roots.slice(0, 3).map((r) => r.id));
    expect(ids).toHaveLength(4);
    expect(await countApprovedComments({ postId })).toBe(7);
  });

  it("does not mix comments from another post", async () => {
    const author = await createUser({ role: "author" });
    const other = await createPost({ authorId: author.id });
    await createComment({ postId: other.id });
    expect((await listApprovedThreads({ postId, limit: 50 })).comments).toEqual([]);
  });
});
