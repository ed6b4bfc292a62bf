import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createComment, createPost, createUser } from "../../testing/fixtures";
import { truncateAll } from "../../testing/reset";
import { countApprovedComments, getApprovedComment, listApprovedThreads, locateApprovedComment } from "./threads";

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

    const page = await listApprovedThreads(getDb(), { postId, perPage: 50 });
    const ids = page.comments.map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual([first.id, second.id]);
    expect(ids).toHaveLength(4);
    expect(page.total).toBe(4);
    expect(page.pageCount).toBe(1);
    for (const comment of page.comments) {
      expect(Object.keys(comment).sort()).toEqual(["authorBadge", "authorName", "authorUrl", "body", "bodyHtml", "bodyHtmlVersion", "createdAt", "editedAt", "id", "parentId"]);
    }
    expect(JSON.stringify(page)).not.toContain("secret@example.test");
  });

  it("pages by top-level comment and still counts every approved comment", async () => {
    const roots = [];
    for (let i = 0; i < 5; i++) roots.push(await createComment({ postId, createdAt: at(i) }));
    await createComment({ postId, createdAt: at(10) }, roots[4]);
    await createComment({ postId, createdAt: at(11) }, roots[0]);

    const page = await listApprovedThreads(getDb(), { postId, perPage: 3 });
    expect(page.pageCount).toBe(2);
    expect(page.total).toBe(7);
    const ids = page.comments.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(roots.slice(0, 3).map((r) => r.id));
    expect(ids).toHaveLength(4);
    expect(await countApprovedComments(getDb(), { postId })).toBe(7);

    const second = await listApprovedThreads(getDb(), { postId, perPage: 3, page: 2 });
    expect(second.page).toBe(2);
    expect(second.comments.map((c) => c.id)).toEqual([roots[3]!.id, roots[4]!.id, roots[4]!.id + 1]);
    expect((await listApprovedThreads(getDb(), { postId, perPage: 3, page: 3 })).comments).toEqual([]);
  });

  it("puts the newest threads first when asked, replies still in the order they were written", async () => {
    const old = await createComment({ postId, createdAt: at(1) });
    const recent = await createComment({ postId, createdAt: at(5) });
    const late = await createComment({ postId, createdAt: at(9) }, old);
    const early = await createComment({ postId, createdAt: at(6) }, old);
    const page = await listApprovedThreads(getDb(), { postId, perPage: 50, order: "newest" });
    expect(page.comments.map((c) => c.id)).toEqual([recent.id, old.id, early.id, late.id]);
  });

  it("finds the page a comment is on, in either order, through its thread's top comment", async () => {
    const roots = [];
    for (let i = 0; i < 7; i++) roots.push(await createComment({ postId, createdAt: at(i) }));
    const reply = await createComment({ postId, createdAt: at(30) }, roots[5]);
    const nested = await createComment({ postId, createdAt: at(31) }, reply);
    const held = await createComment({ postId, createdAt: at(32), status: "pending" });

    expect(await locateApprovedComment(getDb(), { id: roots[0]!.id, perPage: 3, order: "oldest" })).toMatchObject({ postId, page: 1 });
    expect(await locateApprovedComment(getDb(), { id: roots[3]!.id, perPage: 3, order: "oldest" })).toMatchObject({ page: 2 });
    expect(await locateApprovedComment(getDb(), { id: nested.id, perPage: 3, order: "oldest" })).toMatchObject({ page: 2 });
    expect(await locateApprovedComment(getDb(), { id: roots[6]!.id, perPage: 3, order: "oldest" })).toMatchObject({ page: 3 });
    expect(await locateApprovedComment(getDb(), { id: roots[6]!.id, perPage: 3, order: "newest" })).toMatchObject({ page: 1 });
    expect(await locateApprovedComment(getDb(), { id: roots[0]!.id, perPage: 3, order: "newest" })).toMatchObject({ page: 3 });
    expect(await locateApprovedComment(getDb(), { id: held.id, perPage: 3, order: "oldest" })).toBeNull();
    expect(await locateApprovedComment(getDb(), { id: 999_999, perPage: 3, order: "oldest" })).toBeNull();
  });

  it("does not locate comments on unpublished articles, or replies under a thread that was taken down", async () => {
    const author = await createUser({ role: "author" });
    const draft = await createPost({ authorId: author.id, status: "draft" });
    const onDraft = await createComment({ postId: draft.id });
    expect(await locateApprovedComment(getDb(), { id: onDraft.id, perPage: 3, order: "oldest" })).toBeNull();
    const root = await createComment({ postId, status: "trash" });
    const orphan = await createComment({ postId }, root);
    expect(await locateApprovedComment(getDb(), { id: orphan.id, perPage: 3, order: "oldest" })).toBeNull();
    expect(await getApprovedComment(getDb(), { postId, id: orphan.id })).toMatchObject({ id: orphan.id, depth: 1 });
    expect(await getApprovedComment(getDb(), { postId: draft.id, id: orphan.id })).toBeNull();
  });

  it("does not mix comments from another post", async () => {
    const author = await createUser({ role: "author" });
    const other = await createPost({ authorId: author.id });
    await createComment({ postId: other.id });
    expect((await listApprovedThreads(getDb(), { postId, perPage: 50 })).comments).toEqual([]);
  });

  it("badges comments by the article's author and by staff from their accounts, never from a name", async () => {
    const post = await getDb().query.posts.findFirst({ where: (p, { eq }) => eq(p.id, postId) });
    const editor = await createUser({ role: "editor" });
    await createComment({ postId, userId: post!.authorId, authorName: "Writer", createdAt: at(1) });
    await createComment({ postId, userId: editor.id, authorName: "Desk", createdAt: at(2) });
    await createComment({ postId, authorName: "Admin", createdAt: at(3) });
    const page = await listApprovedThreads(getDb(), { postId, perPage: 50 });
    expect(page.comments.map((c) => [c.authorName, c.authorBadge])).toEqual([
      ["Writer", "author"],
      ["Desk", "editor"],
      ["Admin", null],
    ]);
  });
});
