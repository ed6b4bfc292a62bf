import { anySubmission } from "@/lib/testing/matchers";
import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { formData as form, withField } from "@/lib/testing/form-data";
import { revalidated, signInAs } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { commenterBlocks, comments, moderationEvents } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { postComment } from "@/app/(site)/posts/[slug]/actions";
import { undo } from "./actions";
import { blockCommenterAction, deleteAllByCommenterAction, liftBlockAction } from "./commenter-actions";

const statuses = async () => (await getDb().select({ id: comments.id, status: comments.status }).from(comments).orderBy(asc(comments.id))).map((r) => r.status);
const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describe("blocking commenters, called directly", () => {
  const ids: Record<string, string> = {};
  let postId: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    for (const role of ["reader", "author", "moderator"] as const) ids[role] = (await createUser({ role })).id;
    postId = (await createPost({ authorId: ids.author! })).id;
    signInAs(ids.moderator!);
  });

  const guestComment = (body: string) =>
    withField(form({ name: "Troll", email: "Troll@Example.test", url: "", body, company: "", startedAt: String(Date.now() - 20_000) }), "postId", postId);

  it("blocks by email: existing comments hidden to spam, new ones go to spam, lifting brings the hidden back", async () => {
    const earlier = new Date(Date.now() - 3_600_000);
    await createComment({ postId, authorEmail: "troll@example.test", status: "approved", createdAt: earlier });
    await createComment({ postId, authorEmail: "troll@example.test", status: "pending", createdAt: earlier });
    await createComment({ postId, authorEmail: "someone@example.test", status: "approved" });
    const state = await blockCommenterAction({}, form({ kind: "email", "value-email": "TROLL@example.test", reason: "Abuse", endsAt: "", hideExisting: "on" }));
    expect(state).toMatchObject({ ok: true, message: "Blocked. Their new comments go to spam. 2 comments hidden." });
    expect(await statuses()).toEqual(["spam", "spam", "approved"]);
    expect(revalidated).toContain(`tag:post-comments:${postId}`);

    signInAs(null);
    await postComment({}, guestComment("Again"));
    expect((await statuses())[3]).toBe("spam");

    signInAs(ids.moderator!);
    const [block] = await getDb().select().from(commenterBlocks);
    expect(await liftBlockAction(block!.id)).toEqual({ ok: true, message: "Block lifted; 2 hidden comment(s) restored.", submission: anySubmission });
    expect(await statuses()).toEqual(["approved", "pending", "approved", "spam"]);
    expect(await liftBlockAction(block!.id)).toEqual({ ok: false, formError: "That block was already lifted.", submission: anySubmission });
    expect((await getDb().select().from(moderationEvents)).map((e) => e.action)).toEqual(["block", "unblock"]);
  });

  it("undoing a block lifts it and brings back what it hid", async () => {
    await createComment({ postId, authorEmail: "troll@example.test", status: "approved", createdAt: new Date(Date.now() - 3_600_000) });
    const state = await blockCommenterAction({}, form({ kind: "email", "value-email": "troll@example.test", reason: "Oops", endsAt: "", hideExisting: "on" }));
    expect(await statuses()).toEqual(["spam"]);
    await undo(state.data!.eventId);
    expect(await statuses()).toEqual(["approved"]);
    const [block] = await getDb().select().from(commenterBlocks);
    expect(block!.liftedAt).toBeInstanceOf(Date);
  });

  it("suspends until a date: the suspension ends by itself", async () => {
    const state = await blockCommenterAction({}, form({ kind: "ip", "value-ip": "192.0.2.77", reason: "Flooding", endsAt: tomorrow() }));
    expect(state.message).toMatch(/^Suspended\./);
    signInAs(null);
    const during = await postComment({}, withField(form({ name: "A", email: "a@example.test", url: "", body: "During", company: "", startedAt: String(Date.now() - 20_000) }), "postId", postId));
    // Spam is not announced: to its sender it reads as held.
    expect(during.data?.posted?.status).toBe("pending");
    expect(await statuses()).toEqual(["spam"]);
    // Three days on, the same address is no longer blocked.
    const { isCommenterBlocked } = await import("@/db/queries/moderation/blocks");
    expect(await isCommenterBlocked(getDb(), { userId: null, email: "", ip: "192.0.2.77" }, new Date(Date.now() + 3 * 86_400_000))).toBe(false);
    expect(await isCommenterBlocked(getDb(), { userId: null, email: "", ip: "192.0.2.77" })).toBe(true);
  });

  it("blocks an account, whatever email it comments under", async () => {
    await blockCommenterAction({}, form({ kind: "account", "value-account": ids.reader!, reason: "Harassment", endsAt: "" }));
    signInAs(ids.reader!);
    await postComment({}, guestComment("As a reader"));
    expect(await statuses()).toEqual(["spam"]);
  });

  it("requires a reason and a future date, keeping what was typed", async () => {
    const state = await blockCommenterAction({}, form({ kind: "email", "value-email": "x@example.test", reason: " ", endsAt: "2001-01-01" }));
    expect(state.fieldErrors).toEqual({ reason: "Give a reason: other moderators will see it.", endsAt: "The end date must be in the future." });
    expect((await blockCommenterAction({}, form({ kind: "nope", reason: "x", endsAt: "" }))).fieldErrors?.kind).toMatch(/Choose what to block/);
    expect(await getDb().select().from(commenterBlocks)).toEqual([]);
  });

  it("deletes all of a commenter's comments, with replies under them, and undo brings them back", async () => {
    const a = await createComment({ postId, ip: "198.51.100.9", status: "approved" });
    await createComment({ postId, ip: "203.0.113.1", status: "approved" }, a);
    await createComment({ postId, ip: "198.51.100.9", status: "spam" });
    await createComment({ postId, ip: "203.0.113.1", status: "approved" });
    const state = await deleteAllByCommenterAction("ip", "198.51.100.9");
    expect(state).toMatchObject({ ok: true, message: "3 comments deleted for good." });
    expect(await statuses()).toEqual(["approved"]);
    await undo(state.data!.eventId!);
    expect(await statuses()).toEqual(["approved", "approved", "spam", "approved"]);
  });

  it.each(["anonymous", "reader", "author"])("refuses %s everything, changing nothing", async (who) => {
    await createComment({ postId, authorEmail: "troll@example.test" });
    signInAs(who === "anonymous" ? null : ids[who]!);
    expect((await blockCommenterAction({}, form({ kind: "email", "value-email": "troll@example.test", reason: "x", endsAt: "", hideExisting: "on" }))).formError).toBe(
      "You don’t have permission to moderate comments.",
    );
    expect((await liftBlockAction(1)).ok).toBe(false);
    expect((await deleteAllByCommenterAction("email", "troll@example.test")).ok).toBe(false);
    expect(await getDb().select().from(commenterBlocks)).toEqual([]);
    expect(await statuses()).toEqual(["approved"]);
    expect(await getDb().select().from(moderationEvents)).toEqual([]);
  });
});
