import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form, withField } from "@/lib/testing/form-data";
import { cookieJar, revalidated, setClientIp, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { commentReports, comments, settings } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { deleteComment, editComment, postComment, reportComment } from "./actions";

const guestForm = (body: string) =>
  form({ name: "Dev Patel", email: "dev@example.com", url: "", body, company: "", startedAt: String(Date.now() - 20_000) });

const rowOf = async (id: number) => (await getDb().select().from(comments).where(eq(comments.id, id)))[0];
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("a commenter changing their own comment, called directly", () => {
  let postId: number;
  let readerId: string;
  let otherReaderId: string;

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    const author = await createUser({ role: "author" });
    readerId = (await createUser({ role: "reader", name: "Priya" })).id;
    otherReaderId = (await createUser({ role: "reader", name: "Sam" })).id;
    postId = (await createPost({ authorId: author.id })).id;
    signInAs(null);
  });

  it("lets a signed-in reader edit their published comment, runs the rules again and clears the article", async () => {
    const mine = await createComment({ postId, userId: readerId, body: "Bus at 23:10", createdAt: minutesAgo(2) });
    signInAs(readerId);
    const state = await editComment({}, withField(form({ body: "Bus at *23:20*" }), "commentId", mine.id));
    expect(state).toMatchObject({ ok: true, data: { status: "approved", html: "<p>Bus at <em>23:20</em></p>" } });
    expect(await rowOf(mine.id)).toMatchObject({ body: "Bus at *23:20*", status: "approved" });
    expect((await rowOf(mine.id))!.editedAt).toBeInstanceOf(Date);
    expect(revalidated).toEqual([`tag:post-comments:${postId}`, "tag:comment-counts"]);

    revalidated.length = 0;
    const linked = await editComment({}, withField(form({ body: "See https://a.example and https://b.example" }), "commentId", mine.id));
    expect(linked.data?.status).toBe("pending");
    expect(await rowOf(mine.id)).toMatchObject({ status: "pending", moderationReason: "too-many-links" });
    // It left the public thread, so the article's cache is cleared again.
    expect(revalidated).toContain(`tag:post-comments:${postId}`);
  });

  it("keeps a held comment held, whatever the new text", async () => {
    const held = await createComment({ postId, userId: readerId, status: "pending", moderationReason: "first-time-commenter", createdAt: minutesAgo(1) });
    signInAs(readerId);
    const state = await editComment({}, withField(form({ body: "Plain words" }), "commentId", held.id));
    expect(state.data?.status).toBe("pending");
    expect(await rowOf(held.id)).toMatchObject({ status: "pending", moderationReason: "first-time-commenter", body: "Plain words" });
    expect(revalidated).toEqual([]);
  });

  it("refuses after fifteen minutes, with replies, for someone else, and for nobody", async () => {
    const old = await createComment({ postId, userId: readerId, body: "Old", createdAt: minutesAgo(16) });
    const answered = await createComment({ postId, userId: readerId, body: "Answered", createdAt: minutesAgo(1) });
    await createComment({ postId, createdAt: minutesAgo(0), status: "pending" }, answered);
    const theirs = await createComment({ postId, userId: otherReaderId, body: "Theirs", createdAt: minutesAgo(1) });

    signInAs(readerId);
    expect((await editComment({}, withField(form({ body: "New" }), "commentId", old.id))).formError).toBe("Comments can only be changed for 15 minutes after posting.");
    expect((await deleteComment(old.id)).formError).toBe("Comments can only be changed for 15 minutes after posting.");
    expect((await editComment({}, withField(form({ body: "New" }), "commentId", answered.id))).formError).toMatch(/Someone has replied/);
    expect((await deleteComment(answered.id)).formError).toMatch(/Someone has replied/);
    expect((await editComment({}, withField(form({ body: "New" }), "commentId", theirs.id))).formError).toBe("You can only change your own comments.");
    expect((await deleteComment(theirs.id)).formError).toBe("You can only change your own comments.");
    signInAs(null);
    expect((await editComment({}, withField(form({ body: "New" }), "commentId", theirs.id))).formError).toBe("You can only change your own comments.");
    expect((await editComment({}, withField(form({ body: "New" }), "commentId", 999_999))).formError).toBe("That comment no longer exists.");
    expect((await editComment({}, withField(form({ body: "New" }), "commentId", -1))).formError).toBe("That comment no longer exists.");

    const rows = await getDb().select({ body: comments.body }).from(comments);
    expect(rows.map((row) => row.body).sort()).toEqual(["A comment.", "Answered", "Old", "Theirs"]);
    expect(revalidated).toEqual([]);
  });

  it("keeps the text and explains beside the field when the new text is empty or too long", async () => {
    const mine = await createComment({ postId, userId: readerId, body: "Keep", createdAt: minutesAgo(1) });
    signInAs(readerId);
    const empty = await editComment({}, withField(form({ body: "   " }), "commentId", mine.id));
    expect(empty.fieldErrors?.body).toMatch(/can’t be empty/);
    expect(empty.values?.body).toBe("   ");
    const long = await editComment({}, withField(form({ body: "x".repeat(65_526) }), "commentId", mine.id));
    expect(long.fieldErrors?.body).toMatch(/at most 65,525/);
    expect((await rowOf(mine.id))!.body).toBe("Keep");
  });

  it("lets a guest change their own comment from the browser that posted it, and no other", async () => {
    const posted = await postComment({}, withField(guestForm("Guest words"), "postId", postId));
    const id = posted.data!.posted.id;
    const cookie = new Map(cookieJar);
    expect((await editComment({}, withField(form({ body: "Guest words, fixed" }), "commentId", id))).ok).toBe(true);

    cookieJar.clear();
    expect((await editComment({}, withField(form({ body: "Hijacked" }), "commentId", id))).formError).toBe("You can only change your own comments.");
    expect((await deleteComment(id)).formError).toBe("You can only change your own comments.");
    // Signing in does not hand a guest comment to an account.
    signInAs(readerId);
    expect((await deleteComment(id)).formError).toBe("You can only change your own comments.");
    expect((await rowOf(id))!.body).toBe("Guest words, fixed");

    signInAs(null);
    for (const [name, value] of cookie) cookieJar.set(name, value);
    expect(await deleteComment(id)).toMatchObject({ ok: true, data: { status: "deleted" } });
    expect(await rowOf(id)).toBeUndefined();
  });

  it("deletes a published comment and clears the article", async () => {
    const mine = await createComment({ postId, userId: readerId, createdAt: minutesAgo(3) });
    signInAs(readerId);
    expect((await deleteComment(mine.id)).ok).toBe(true);
    expect(await rowOf(mine.id)).toBeUndefined();
    expect(revalidated).toEqual([`tag:post-comments:${postId}`, "tag:comment-counts"]);
  });

  it("refuses edits once comments are closed on the article", async () => {
    const mine = await createComment({ postId, userId: readerId, createdAt: minutesAgo(1) });
    await getDb().insert(settings).values({ key: "discussion", value: { closeAfterDays: 1 } });
    const { posts } = await import("@/db/schema");
    await getDb().update(posts).set({ publishedAt: new Date(Date.now() - 3 * 86_400_000) }).where(eq(posts.id, postId));
    signInAs(readerId);
    expect((await editComment({}, withField(form({ body: "Late" }), "commentId", mine.id))).formError).toMatch(/Comments are closed/);
  });

  it("lets a reply wait for a delete of its parent, then refuses it (no reply to a comment that is gone)", async () => {
    const mine = await createComment({ postId, userId: readerId, createdAt: minutesAgo(1) });
    signInAs(readerId);
    const [deleted, reply] = await Promise.all([
      deleteComment(mine.id),
      (async () => {
        signInAs(otherReaderId);
        return postComment({}, withField(form({ parentId: String(mine.id), body: "Replying", startedAt: String(Date.now() - 20_000) }), "postId", postId));
      })(),
    ]);
    const rows = await getDb().select().from(comments);
    if (deleted.ok) {
      expect(rows).toEqual([]);
      expect(reply.formError).toMatch(/no longer exists/);
    } else {
      expect(deleted.formError).toMatch(/Someone has replied/);
      expect(rows).toHaveLength(2);
    }
  });
});

describe("reporting a comment, called directly", () => {
  let postId: number;
  let readerId: string;

  beforeEach(async () => {
    await truncateAll(getDb());
    const author = await createUser({ role: "author" });
    readerId = (await createUser({ role: "reader" })).id;
    postId = (await createPost({ authorId: author.id })).id;
    signInAs(null);
  });

  it("counts each reader once: accounts by id, guests by address", async () => {
    const target = await createComment({ postId });
    signInAs(readerId);
    expect(await reportComment({}, withField(form({ reason: "abuse" }), "commentId", target.id))).toMatchObject({ ok: true, message: "Thanks. A moderator will take a look." });
    expect((await reportComment({}, withField(form({ reason: "spam" }), "commentId", target.id))).message).toMatch(/already reported/);
    signInAs(null);
    expect((await reportComment({}, withField(form({ reason: "spam" }), "commentId", target.id))).ok).toBe(true);
    expect((await reportComment({}, withField(form({ reason: "spam" }), "commentId", target.id))).message).toMatch(/already reported/);
    setClientIp("198.51.100.4");
    expect((await reportComment({}, withField(form({ reason: "other" }), "commentId", target.id))).ok).toBe(true);

    expect((await rowOf(target.id))!.reportCount).toBe(3);
    const reports = await getDb().select().from(commentReports);
    expect(reports.map((r) => [r.reporterKey, r.reason]).sort()).toEqual([
      ["ip:192.0.2.77", "spam"],
      ["ip:198.51.100.4", "other"],
      [`user:${readerId}`, "abuse"],
    ]);
  });

  it("counts fifty readers reporting at once exactly fifty times", async () => {
    const target = await createComment({ postId });
    const readers = await Promise.all(Array.from({ length: 10 }, () => createUser({ role: "reader" })));
    const { reportComment: report } = await import("@/lib/comments/report-comment");
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        report({ commentId: target.id, reason: "spam", viewer: i < 10 ? { id: readers[i]!.id } : null, ip: `203.0.113.${i}` }),
      ),
    );
    // The ten readers again: nothing more is counted.
    await Promise.all(readers.map((r, i) => report({ commentId: target.id, reason: "spam", viewer: { id: r.id }, ip: `203.0.113.${i}` })));
    expect((await rowOf(target.id))!.reportCount).toBe(50);
    expect(await getDb().select().from(commentReports)).toHaveLength(50);
  });

  it("refuses unknown reasons, unpublished comments and floods of reports", async () => {
    const target = await createComment({ postId });
    const held = await createComment({ postId, status: "pending" });
    expect((await reportComment({}, withField(form({ reason: "boring" }), "commentId", target.id))).formError).toBe("Choose what is wrong with this comment.");
    expect((await reportComment({}, withField(form({ reason: "spam" }), "commentId", held.id))).formError).toBe("That comment is no longer shown.");
    expect((await reportComment({}, withField(form({ reason: "spam" }), "commentId", 0))).formError).toBe("That comment is no longer shown.");
    const many = await Promise.all(Array.from({ length: 20 }, () => createComment({ postId })));
    for (const comment of many) await reportComment({}, withField(form({ reason: "spam" }), "commentId", comment.id));
    expect((await reportComment({}, withField(form({ reason: "spam" }), "commentId", target.id))).formError).toMatch(/Too many reports/);
    expect((await rowOf(target.id))!.reportCount).toBe(0);
    expect((await rowOf(held.id))!.reportCount).toBe(0);
  });

  it("takes at most the hourly number of reports when 40 from one address arrive at once", async () => {
    const targets = await Promise.all(Array.from({ length: 40 }, () => createComment({ postId })));
    const { reportComment: report, REPORTS_PER_HOUR_PER_IP } = await import("@/lib/comments/report-comment");
    const results = await Promise.all(targets.map((target) => report({ commentId: target.id, reason: "spam", viewer: null, ip: "203.0.113.99" })));
    expect(results.filter((result) => result.outcome === "reported")).toHaveLength(REPORTS_PER_HOUR_PER_IP);
    expect(await getDb().select().from(commentReports)).toHaveLength(REPORTS_PER_HOUR_PER_IP);
  });
});
