import { asc, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getActiveUserById } from "@/db/queries/users/accounts";
import { comments, settings } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { guestComment } from "@/lib/testing/guest-comment";
import { type SubmitCommentInput, submitComment } from "./submit-comment";

let postId: number;
let authorId: string;

const guest = (overrides: Partial<SubmitCommentInput> = {}): SubmitCommentInput => guestComment(postId, overrides);

const stored = () => getDb().select().from(comments).orderBy(asc(comments.id));

describe("submitComment", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    authorId = (await createUser({ role: "author" })).id;
    postId = (await createPost({ authorId })).id;
  });

  it("holds a first-time guest and publishes one who has an approved comment", async () => {
    const first = await submitComment(guest());
    expect(first).toMatchObject({ outcome: "accept", status: "pending", reason: "first-time-commenter" });
    // Approved by a moderator a minute later, so the next one is past the flood interval.
    await getDb()
      .update(comments)
      .set({ status: "approved", createdAt: new Date(Date.now() - 60_000) })
      .where(eq(comments.id, first.commentId!));

    const second = await submitComment(guest({ body: "And the N2?", ip: "203.0.113.2", email: "DEV@example.com" }));
    expect(second).toMatchObject({ outcome: "accept", status: "approved", reason: "previously-approved" });
    const [, row] = await stored();
    expect(row).toMatchObject({
      authorName: "Dev Patel",
      authorEmail: "DEV@example.com",
      body: "And the N2?",
      status: "approved",
      moderationReason: "previously-approved",
      ip: "203.0.113.2",
      userAgent: "Mozilla/5.0 test",
      depth: 0,
      rootId: null,
    });
  });

  it("threads replies under their root and refuses replies to held comments", async () => {
    const root = await createComment({ postId });
    const reply = await createComment({ postId }, root);
    const result = await submitComment(guest({ parentId: reply.id }));
    expect(result.outcome).toBe("accept");
    const [row] = await getDb().select().from(comments).where(eq(comments.id, result.commentId!));
    expect(row).toMatchObject({ parentId: reply.id, rootId: root.id, depth: 2 });

    const held = await createComment({ postId, status: "pending" });
    expect(await submitComment(guest({ parentId: held.id, ip: "203.0.113.9" }))).toMatchObject({
      outcome: "refuse",
      reason: "parent-not-approved",
    });
  });

  it("stores nothing it refuses", async () => {
    const draft = await createPost({ authorId, status: "draft" });
    const closed = await createPost({ authorId, commentsOpen: false });
    expect((await submitComment(guest({ postId: draft.id }))).outcome).toBe("refuse");
    expect((await submitComment(guest({ postId: closed.id }))).outcome).toBe("refuse");
    expect(await submitComment(guest({ email: "not-an-email" }))).toMatchObject({ reason: "email-invalid", field: "email" });
    expect(await submitComment(guest({ url: "javascript:alert(1)" }))).toMatchObject({ reason: "url-invalid", field: "url" });
    expect(await stored()).toEqual([]);
  });

  it("refuses a second comment within 15 seconds from the same address, email or account, and duplicates", async () => {
    expect((await submitComment(guest())).outcome).toBe("accept");
    expect(await submitComment(guest({ body: "Another thought" }))).toMatchObject({ outcome: "refuse", reason: "flood" });
    expect(await submitComment(guest({ body: "From elsewhere", ip: "198.51.100.7" }))).toMatchObject({ reason: "flood" });
    await getDb().update(comments).set({ createdAt: new Date(Date.now() - 60_000) });
    expect(await submitComment(guest({ ip: "198.51.100.8" }))).toMatchObject({ outcome: "refuse", reason: "duplicate" });
    expect(await getDb().select({ n: count() }).from(comments)).toEqual([{ n: 1 }]);
  });

  it("answers the same comment sent again from the same browser moments later as the first time, storing it once", async () => {
    const first = await submitComment(guest());
    expect(first.outcome).toBe("accept");
    // A double click, or a retry after the first commit lost its connection: no flood or duplicate refusal.
    const again = await submitComment(guest());
    expect(again).toMatchObject({ outcome: "accept", commentId: first.commentId, html: first.html });
    expect(await getDb().select({ n: count() }).from(comments)).toEqual([{ n: 1 }]);
    // Someone else with the same words, or the same person long after, is not a resubmission.
    expect(await submitComment(guest({ email: "other@example.com", ip: "198.51.100.9" }))).toMatchObject({ outcome: "accept" });
    await getDb().update(comments).set({ createdAt: new Date(Date.now() - 3 * 60_000) });
    expect(await submitComment(guest())).toMatchObject({ outcome: "refuse", reason: "duplicate" });
    expect(await getDb().select({ n: count() }).from(comments)).toEqual([{ n: 2 }]);
  });

  it("caps comments per address per hour", async () => {
    await getDb().insert(settings).values({ key: "discussion", value: { hourlyLimitPerIp: 2, floodSeconds: 0 } });
    expect((await submitComment(guest({ email: "a@example.com", body: "one" }))).outcome).toBe("accept");
    expect((await submitComment(guest({ email: "b@example.com", body: "two" }))).outcome).toBe("accept");
    expect(await submitComment(guest({ email: "c@example.com", body: "three" }))).toMatchObject({ reason: "rate-limited" });
  });

  it("lets signed-in readers comment as themselves and approves staff and the post's author", async () => {
    const reader = await createUser({ role: "reader", name: "Priya Nair" });
    const viewer = await getActiveUserById(getDb(), { id: reader.id });
    const result = await submitComment(guest({ viewer, name: "Someone Else", email: "forged@example.com" }));
    const [row] = await getDb().select().from(comments).where(eq(comments.id, result.commentId!));
    expect(row).toMatchObject({ userId: reader.id, authorName: "Priya Nair", authorEmail: reader.email, status: "pending" });

    const editor = await getActiveUserById(getDb(), { id: (await createUser({ role: "editor" })).id });
    expect(await submitComment(guest({ viewer: editor, ip: "198.51.100.30" }))).toMatchObject({ status: "approved", reason: "staff" });
    const postAuthor = await getActiveUserById(getDb(), { id: authorId });
    expect(await submitComment(guest({ viewer: postAuthor, ip: "198.51.100.31" }))).toMatchObject({
      status: "approved",
      reason: "post-author",
    });
  });

  it("stores each of 50 concurrent comments from different people exactly once", async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        submitComment(guest({ email: `reader${i}@example.com`, ip: `198.51.100.${i + 1}`, body: `Comment number ${i}` })),
      ),
    );
    expect(results.every((result) => result.outcome === "accept")).toBe(true);
    const rows = await stored();
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.body)).size).toBe(50);
    expect(new Set(results.map((result) => result.commentId)).size).toBe(50);
  });

  it("lets only one of 20 comments sent at once from one address through", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => submitComment(guest({ email: `same${i}@example.com`, body: `Burst ${i}` }))),
    );
    expect(results.filter((result) => result.outcome === "accept")).toHaveLength(1);
    expect(results.filter((result) => result.outcome === "refuse" && result.reason === "flood")).toHaveLength(19);
    expect(await stored()).toHaveLength(1);
  });

  it("lets only one of 60 comments sent at once from one IPv6 /64 through, whichever address inside it each used", async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => submitComment(guest({ email: `v6-${i}@example.com`, body: `Note ${i}`, ip: `2001:db8:77:1::${(i + 1).toString(16)}` }))),
    );
    expect(results.filter((result) => result.outcome === "accept")).toHaveLength(1);
    expect(await stored()).toHaveLength(1);
  });

  it("caps comments per IPv6 /64 per hour, not per address", async () => {
    await getDb().insert(settings).values({ key: "discussion", value: { hourlyLimitPerIp: 3, floodSeconds: 0 } });
    for (let i = 0; i < 3; i++) {
      await createComment({ postId, ip: `2001:db8:9:9::${i + 1}`, ipKey: "2001:db8:9:9::/64", createdAt: new Date(Date.now() - 60_000) });
    }
    const result = await submitComment(guest({ ip: "2001:db8:9:9:abcd::1" }));
    expect(result).toMatchObject({ outcome: "refuse", reason: "rate-limited" });
  });

  it("doesn't let a guest borrow an account's history by typing its email address", async () => {
    const member = await createUser({ role: "reader" });
    await createComment({ postId, userId: member.id, authorEmail: member.email, status: "approved", createdAt: new Date(Date.now() - 60_000) });
    const result = await submitComment(guest({ email: member.email.toUpperCase() }));
    expect(result).toMatchObject({ outcome: "accept", status: "pending", reason: "first-time-commenter" });
  });
});
