import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { listAdminPosts } from "@/db/queries/posts/admin-list";
import { listQueue, queueCounts } from "@/db/queries/comments/queue";
import { commenterBlocks, comments, type UserRole } from "@/db/schema";
import { createComment, createOneOfEachRole, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { savePostAction } from "../posts/editor-actions";
import { editAsModerator, moderate, replyAsModerator, undo } from "./actions";
import { blockCommenterAction, deleteAllByCommenterAction } from "./commenter-actions";

// What each staff role may reach in the moderation queue: moderators work on what
// readers can see, and never on the comments of people above them; editors and
// admins keep the wider powers.

const act = (action: string, id: number, status: string) => {
  const data = new FormData();
  data.set("action", action);
  data.append("item", `${id}:${status}`);
  return data;
};
const statusOf = async (id: number) => (await getDb().select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0]?.status;
const bodies = async () => (await getDb().select({ body: comments.body }).from(comments).orderBy(asc(comments.id))).map((row) => row.body);

describe("moderation scope per role", () => {
  let ids: Record<UserRole, string>;
  let publicPost: number;
  let draftPost: number;
  let closedPost: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    ids = await createOneOfEachRole();
    publicPost = (await createPost({ authorId: ids.author })).id;
    draftPost = (await createPost({ authorId: ids.author, status: "unpublished" })).id;
    closedPost = (await createPost({ authorId: ids.author, commentsOpen: false })).id;
  });

  it("shows moderators only comments on published posts, counts included; editors see all", async () => {
    await createComment({ postId: publicPost, status: "pending", body: "On the public post" });
    await createComment({ postId: draftPost, status: "pending", body: "On the unpublished post" });
    const moderatorView = await listQueue(getDb(), { view: "pending", order: "newest", publicOnly: true }, { limit: 50 });
    expect(moderatorView.rows.map((row) => row.body)).toEqual(["On the public post"]);
    expect((await queueCounts(getDb(), { publicOnly: true })).pending).toBe(1);
    expect((await listQueue(getDb(), { view: "pending", order: "newest" }, { limit: 50 })).rows).toHaveLength(2);
    expect((await queueCounts(getDb())).pending).toBe(2);
  });

  it("refuses a moderator's action on a comment of an unpublished post, lets an editor take it", async () => {
    const hidden = await createComment({ postId: draftPost, status: "pending" });
    signInAs(ids.moderator);
    expect((await moderate(act("approve", hidden.id, "pending"))).ok).toBe(false);
    expect(await statusOf(hidden.id)).toBe("pending");
    const everything = act("approve", hidden.id, "pending");
    everything.set("allMatching", "1");
    everything.set("view", "pending");
    expect((await moderate(everything)).ok).toBe(false);
    expect(await statusOf(hidden.id)).toBe("pending");
    signInAs(ids.editor);
    expect((await moderate(act("approve", hidden.id, "pending"))).ok).toBe(true);
  });

  it("lets moderators reply only where readers could; editors anywhere", async () => {
    const onClosed = await createComment({ postId: closedPost });
    const onDraft = await createComment({ postId: draftPost });
    signInAs(ids.moderator);
    expect((await replyAsModerator({}, form({ commentId: String(onClosed.id), body: "Closed?" }))).formError).toMatch(/closed/);
    expect((await replyAsModerator({}, form({ commentId: String(onDraft.id), body: "Draft?" }))).formError).toMatch(/isn’t published/);
    expect(await bodies()).toHaveLength(2);
    signInAs(ids.editor);
    expect((await replyAsModerator({}, form({ commentId: String(onClosed.id), body: "An editor's note" }))).ok).toBe(true);
  });

  it.each([
    ["moderator", "editor", false],
    ["moderator", "admin", false],
    ["moderator", "moderator", false],
    ["moderator", "reader", true],
    ["editor", "moderator", true],
    ["editor", "admin", false],
    ["admin", "admin", true],
  ] as const)("a %s editing a comment by a %s: allowed=%s", async (actor, author, allowed) => {
    const comment = await createComment({ postId: publicPost, userId: ids[author], body: "Original" });
    signInAs(ids[actor]);
    const state = await editAsModerator({}, form({ commentId: String(comment.id), body: "Changed", name: "Name", email: "name@example.test", url: "" }));
    expect(state.ok === true).toBe(allowed);
    expect(await bodies()).toEqual([allowed ? "Changed" : "Original"]);
  });

  it("won't let a moderator block or clear out staff, by account or by their email", async () => {
    const admin = (await getDb().query.users.findFirst({ where: (users, { eq: is }) => is(users.id, ids.admin) }))!;
    await createComment({ postId: publicPost, userId: ids.admin, authorEmail: admin.email });
    signInAs(ids.moderator);
    expect((await blockCommenterAction({}, form({ kind: "account", "value-account": ids.admin, reason: "No", endsAt: "" }))).formError).toMatch(/staff/);
    expect((await blockCommenterAction({}, form({ kind: "email", "value-email": admin.email, reason: "No", endsAt: "" }))).formError).toMatch(/staff/);
    expect((await deleteAllByCommenterAction("account", ids.editor)).ok).toBe(false);
    expect(await getDb().select().from(commenterBlocks)).toEqual([]);
    expect(await bodies()).toHaveLength(1);
  });

  it("clears out an address without touching the comments of staff who used it", async () => {
    await createComment({ postId: publicPost, ip: "198.51.100.7", body: "Guest" });
    await createComment({ postId: publicPost, ip: "198.51.100.7", userId: ids.editor, body: "Editor" });
    signInAs(ids.moderator);
    expect((await deleteAllByCommenterAction("ip", "198.51.100.7")).ok).toBe(true);
    expect(await bodies()).toEqual(["Editor"]);
  });

  it("lets moderators undo their own actions only; editors anyone's", async () => {
    const first = await createComment({ postId: publicPost, status: "pending" });
    signInAs(ids.moderator);
    const done = await moderate(act("approve", first.id, "pending"));
    signInAs((await createUser({ role: "moderator" })).id);
    expect((await undo(done.data!.eventId!)).formError).toMatch(/your own/);
    expect(await statusOf(first.id)).toBe("approved");
    signInAs(ids.moderator);
    expect((await undo(done.data!.eventId!)).ok).toBe(true);
    expect(await statusOf(first.id)).toBe("pending");
    const again = await moderate(act("approve", first.id, "pending"));
    signInAs(ids.editor);
    expect((await undo(again.data!.eventId!)).ok).toBe(true);
  });

  it("shows an author their own posts and what is published, not colleagues' drafts", async () => {
    const other = await createUser({ role: "author" });
    await createPost({ authorId: other.id, status: "draft", headline: "Their draft" });
    await createPost({ authorId: ids.author, status: "draft", headline: "My draft" });
    const seen = await listAdminPosts(getDb(), { status: "all", visibleTo: ids.author }, { limit: 50 });
    expect(seen.posts.map((post) => post.headline)).toContain("My draft");
    expect(seen.posts.map((post) => post.headline)).not.toContain("Their draft");
  });

  it("tells nobody who last saved a post they may not edit", async () => {
    const colleague = await createUser({ role: "author", name: "Secret Colleague" });
    const post = await createPost({ authorId: colleague.id, status: "draft", lastEditedBy: colleague.id, version: 3 });
    signInAs(ids.author);
    const result = await savePostAction({ id: post.id, version: 1, headline: "Mine now", intent: "save" });
    expect(JSON.stringify(result)).not.toContain("Secret Colleague");
    expect(result).toMatchObject({ ok: false, formError: "You can’t edit this post." });
  });
});
