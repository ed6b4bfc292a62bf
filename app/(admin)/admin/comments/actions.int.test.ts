import { anySubmission } from "@/lib/testing/matchers";
import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { revalidated, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { queueCounts } from "@/db/queries/comments/queue";
import { comments, moderationEvents } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { moderateComments, undoModeration } from "@/lib/moderation/moderate-comments";
import { editAsModerator, moderate, replyAsModerator, undo } from "./actions";

function request(action: string, items: { id: number; status: string }[], extra: Record<string, string> = {}) {
  const data = new FormData();
  data.set("action", action);
  for (const item of items) data.append("item", `${item.id}:${item.status}`);
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}

function reply(commentId: number, body: string) {
  const data = new FormData();
  data.set("commentId", String(commentId));
  data.set("body", body);
  return data;
}

function correction(commentId: number, fields: { body: string; name: string; email: string; url: string }) {
  const data = new FormData();
  data.set("commentId", String(commentId));
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const statusOf = async (id: number) => (await getDb().select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0]?.status;
const snapshot = async () => getDb().select({ id: comments.id, status: comments.status, previous: comments.previousStatus }).from(comments).orderBy(asc(comments.id));

describe("moderation actions, called directly", () => {
  const ids: Record<string, string> = {};
  let postId: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    for (const role of ["reader", "author", "editor", "moderator", "admin"] as const) ids[role] = (await createUser({ role })).id;
    postId = (await createPost({ authorId: ids.author! })).id;
    signInAs(ids.moderator!);
  });

  it.each([
    ["approve", "pending", "approved", true],
    ["unapprove", "approved", "pending", true],
    ["spam", "approved", "spam", true],
    ["trash", "pending", "trash", false],
  ])("%s: %s → %s, one audit entry, the article cleared when its public thread changed", async (action, from, to, touchesPublic) => {
    const comment = await createComment({ postId, status: from as "pending" });
    const state = await moderate(request(action, [{ id: comment.id, status: from }]));
    expect(state.ok).toBe(true);
    expect(state.message).toMatch(/^1 comment /);
    expect(await statusOf(comment.id)).toBe(to);
    const [event] = await getDb().select().from(moderationEvents);
    expect(event).toMatchObject({ actorId: ids.moderator, action, commentIds: [comment.id] });
    // Approve and spam teach the spam filter; the entry keeps what it knew before, for Undo.
    const taught = action === "approve" || action === "spam" ? { spamLearnedBefore: { [comment.id]: "none" } } : {};
    expect(event!.changes).toEqual({ changes: [{ id: comment.id, from, to, previousBefore: null }], ...taught });
    expect(revalidated.includes(`tag:post-comments:${postId}`)).toBe(touchesPublic);
  });

  it("not spam and restore put a comment back where it was; delete for good only from spam or trash", async () => {
    const comment = await createComment({ postId, status: "approved" });
    await moderate(request("spam", [{ id: comment.id, status: "approved" }]));
    await moderate(request("not-spam", [{ id: comment.id, status: "spam" }]));
    expect(await statusOf(comment.id)).toBe("approved");
    await moderate(request("trash", [{ id: comment.id, status: "approved" }]));
    await moderate(request("restore", [{ id: comment.id, status: "trash" }]));
    expect(await statusOf(comment.id)).toBe("approved");
    const refused = await moderate(request("delete", [{ id: comment.id, status: "approved" }]));
    expect(refused).toMatchObject({ ok: false, formError: "1 could not be deleted for good from where it is." });
    expect(await statusOf(comment.id)).toBe("approved");
  });

  it("bulk: one transaction, one audit entry listing every comment; select all matching a filter", async () => {
    const held = await Promise.all([1, 2, 3].map(() => createComment({ postId, status: "pending" })));
    const other = await createComment({ postId, status: "pending", authorEmail: "keep@example.test" });
    const state = await moderate(request("spam", [], { allMatching: "1", view: "pending", author: "guest@example.test" }));
    expect(state.message).toBe("3 comments marked as spam.");
    expect((await snapshot()).map((row) => row.status)).toEqual(["spam", "spam", "spam", "pending"]);
    const events = await getDb().select().from(moderationEvents);
    expect(events).toHaveLength(1);
    expect([...events[0]!.commentIds].sort()).toEqual(held.map((c) => c.id).sort());
    expect(await statusOf(other.id)).toBe("pending");
    expect(await queueCounts(getDb())).toMatchObject({ pending: 1, spam: 3, approved: 0, trash: 0 });
  });

  it("two moderators acting on the same comments at once: each comment changes once, the second is told", async () => {
    const batch = await Promise.all([1, 2, 3, 4].map(() => createComment({ postId, status: "pending" })));
    const items = batch.map((c) => ({ id: c.id, expected: "pending" as const }));
    const [first, second] = await Promise.all([
      moderateComments({ actorId: ids.moderator!, action: "approve", items }),
      moderateComments({ actorId: ids.editor!, action: "trash", items }),
    ]);
    const winners = [first, second].filter((r) => r.applied.length === 4);
    const losers = [first, second].filter((r) => r.applied.length === 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.skipped.map((s) => s.reason)).toEqual(["changed", "changed", "changed", "changed"]);
    expect(losers[0]!.eventId).toBeNull();
    expect(await getDb().select().from(moderationEvents)).toHaveLength(1);
    const statuses = new Set((await snapshot()).map((row) => row.status));
    expect(statuses.size).toBe(1);
  });

  it("leaves alone a comment that changed since the page was drawn", async () => {
    const comment = await createComment({ postId, status: "approved" });
    const state = await moderate(request("approve", [{ id: comment.id, status: "pending" }]));
    expect(state).toMatchObject({ ok: false, formError: "1 left alone: someone else changed it first." });
    expect(state.data?.skipped).toEqual([{ id: comment.id, reason: "changed", now: "approved" }]);
  });

  it("undo puts back exactly what the action changed, once; later changes are kept", async () => {
    const a = await createComment({ postId, status: "pending" });
    const b = await createComment({ postId, status: "pending" });
    const spammed = await moderate(request("spam", [{ id: a.id, status: "pending" }, { id: b.id, status: "pending" }]));
    // Meanwhile someone else trashes b.
    await moderate(request("trash", [{ id: b.id, status: "spam" }]));
    const undone = await undo(spammed.data!.eventId!);
    expect(undone.message).toBe("Undone: 1 comment put back. 1 changed since, left as they are.");
    expect(await statusOf(a.id)).toBe("pending");
    expect(await statusOf(b.id)).toBe("trash");
    expect((await undo(spammed.data!.eventId!)).formError).toBe("That action was already undone.");
    const events = await getDb().select().from(moderationEvents).orderBy(asc(moderationEvents.id));
    expect(events.map((e) => e.action)).toEqual(["spam", "trash", "undo"]);
    expect(events[0]!.undoneBy).toBe(events[2]!.id);
  });

  it("undoes a delete for good: the comment and its replies come back with their ids", async () => {
    const root = await createComment({ postId, status: "trash", previousStatus: "approved" });
    const reply = await createComment({ postId, status: "approved" }, root);
    const deleted = await moderate(request("delete", [{ id: root.id, status: "trash" }]));
    expect(deleted.message).toBe("1 comment deleted for good.");
    expect(await snapshot()).toEqual([]);
    expect(revalidated).toContain(`tag:post-comments:${postId}`);
    await undo(deleted.data!.eventId!);
    expect(await snapshot()).toEqual([
      { id: root.id, status: "trash", previous: "approved" },
      { id: reply.id, status: "approved", previous: null },
    ]);
    expect(await queueCounts(getDb())).toMatchObject({ trash: 1, approved: 1 });
  });

  it("refuses undo after the window", async () => {
    const comment = await createComment({ postId, status: "pending" });
    const state = await moderate(request("approve", [{ id: comment.id, status: "pending" }]));
    const late = await undoModeration({ actorId: ids.moderator!, eventId: state.data!.eventId!, now: new Date(Date.now() + 11 * 60_000) });
    expect(late.ok).toBe(false);
    expect(!late.ok && late.message).toMatch(/too old/);
  });

  it.each(["anonymous", "reader", "author"])("refuses every action and undo from %s, changing nothing", async (who) => {
    const pending = await createComment({ postId, status: "pending" });
    const spam = await createComment({ postId, status: "spam" });
    signInAs(ids.moderator!);
    const earlier = await moderate(request("trash", [{ id: spam.id, status: "spam" }]));
    const before = await snapshot();
    const eventsBefore = await getDb().select().from(moderationEvents);
    revalidated.length = 0;

    signInAs(who === "anonymous" ? null : ids[who]!);
    for (const action of ["approve", "unapprove", "spam", "not-spam", "trash", "restore", "delete"]) {
      const state = await moderate(request(action, [{ id: pending.id, status: "pending" }, { id: spam.id, status: "trash" }]));
      expect(state).toEqual({ ok: false, formError: "You don’t have permission to moderate comments.", submission: anySubmission });
    }
    expect(await moderate(request("delete", [], { allMatching: "1", view: "trash" }))).toMatchObject({ ok: false });
    expect(await undo(earlier.data!.eventId!)).toEqual({ ok: false, formError: "You don’t have permission to moderate comments.", submission: anySubmission });
    expect((await replyAsModerator({}, reply(pending.id, "Hi"))).formError).toBe("You don’t have permission to moderate comments.");
    expect((await editAsModerator({}, correction(pending.id, { body: "x", name: "x", email: "x@example.test", url: "" }))).formError).toBe(
      "You don’t have permission to moderate comments.",
    );
    expect(await snapshot()).toEqual(before);
    expect(await getDb().select().from(moderationEvents)).toEqual(eventsBefore);
    expect(revalidated).toEqual([]);
  });

  it("replies as the moderator: published at once, and the held comment it answers is approved with it", async () => {
    const held = await createComment({ postId, status: "pending", authorName: "First Timer" });
    const state = await replyAsModerator({}, reply(held.id, "Welcome, and thanks."));
    expect(state.ok).toBe(true);
    const rows = await getDb().select().from(comments).orderBy(asc(comments.id));
    expect(rows[0]).toMatchObject({ id: held.id, status: "approved" });
    expect(rows[1]).toMatchObject({ parentId: held.id, rootId: held.id, depth: 1, status: "approved", userId: ids.moderator, body: "Welcome, and thanks." });
    expect(revalidated).toContain(`tag:post-comments:${postId}`);
    const [event] = await getDb().select().from(moderationEvents);
    expect(event).toMatchObject({ action: "reply", commentIds: [held.id, rows[1]!.id] });

    const spam = await createComment({ postId, status: "spam" });
    expect((await replyAsModerator({}, reply(spam.id, "No"))).formError).toBe("Only published or held comments can be answered.");
    const empty = await replyAsModerator({}, reply(held.id, "   "));
    expect(empty.fieldErrors?.body).toBe("Write something first.");
    expect(await getDb().select().from(comments)).toHaveLength(3);
  });

  it("edits a comment's text and author details, keeping what it said before in the log", async () => {
    const comment = await createComment({ postId, status: "approved", body: "Teh bus", authorName: "Dev", authorEmail: "dev@example.test" });
    const state = await editAsModerator({}, correction(comment.id, { body: "The bus", name: "Dev Patel", email: "dev@example.test", url: "https://dev.example" }));
    expect(state.ok).toBe(true);
    const [row] = await getDb().select().from(comments);
    expect(row).toMatchObject({ body: "The bus", authorName: "Dev Patel", authorUrl: "https://dev.example" });
    const [event] = await getDb().select().from(moderationEvents);
    expect(event!.changes).toMatchObject({ edit: { before: { body: "Teh bus", name: "Dev" }, after: { body: "The bus", name: "Dev Patel" } } });
    expect(revalidated).toContain(`tag:post-comments:${postId}`);

    const bad = await editAsModerator({}, correction(comment.id, { body: "", name: "", email: "nope", url: "javascript:alert(1)" }));
    expect(bad.fieldErrors).toEqual({
      body: "Write something first.",
      name: "Enter a name.",
      email: "Enter an email address like name@example.com.",
      url: "A website must start with http:// or https://.",
    });
    expect(bad.values).toMatchObject({ url: "javascript:alert(1)" });
    expect((await getDb().select().from(comments))[0]).toMatchObject({ body: "The bus" });
  });

  it("undoes a reply from the queue (the reply goes, the answered comment is held again) and an edit (the old text is back)", async () => {
    const held = await createComment({ postId, status: "pending", body: "Original" });
    const replied = await replyAsModerator({}, reply(held.id, "Answer"));
    const undone = await undo(replied.data!.eventId);
    expect(undone.ok).toBe(true);
    expect(await snapshot()).toEqual([{ id: held.id, status: "pending", previous: null }]);

    const edited = await editAsModerator({}, correction(held.id, { body: "Changed", name: "New Name", email: "new@example.test", url: "" }));
    await undo(edited.data!.eventId);
    const [row] = await getDb().select().from(comments);
    expect(row).toMatchObject({ body: "Original", authorName: "Guest", authorEmail: "guest@example.test" });
  });

  it("lets editors and admins moderate too", async () => {
    for (const role of ["editor", "admin"]) {
      signInAs(ids[role]!);
      const comment = await createComment({ postId, status: "pending" });
      expect((await moderate(request("approve", [{ id: comment.id, status: "pending" }]))).ok).toBe(true);
    }
  });

  it("rejects malformed requests without touching anything", async () => {
    const comment = await createComment({ postId, status: "pending" });
    expect((await moderate(request("publish", [{ id: comment.id, status: "pending" }]))).formError).toBe("Unknown action.");
    const bad = new FormData();
    bad.set("action", "approve");
    bad.append("item", "1; drop table comments");
    expect((await moderate(bad)).formError).toBe("Unknown comment.");
    expect((await moderate(request("approve", []))).formError).toBe("Select at least one comment.");
    expect((await undo(-5)).formError).toBe("There is nothing to undo.");
    expect(await statusOf(comment.id)).toBe("pending");
  });
});
