import "@/lib/testing/session";
import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { comments, commentSubscriptions, mailQueue } from "@/db/schema";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { submitComment } from "@/lib/comments/submit-comment";
import { getActiveUserById } from "@/db/queries/users/accounts";
import { setNotificationMode } from "@/db/queries/notifications";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { guestComment } from "@/lib/testing/guest-comment";
import { POST as oneClick } from "@/app/api/unsubscribe/route";
import { settleNotifications } from "@/lib/testing/notifications";
import { confirmReplies, describeConfirmation } from "./reply-subscriptions";

/** What is queued of one kind once the worker has caught up, gathered replies included (they wait 2 minutes). */
async function queued(kind: string) {
  await settleNotifications({ minutesLater: 3 });
  return getDb().select().from(mailQueue).where(eq(mailQueue.kind, kind)).orderBy(asc(mailQueue.id));
}
const linkIn = (text: string, path: string) => new RegExp(`https?://\\S+${path.replace("?", "\\?")}\\S+`).exec(text)?.[0] ?? "";
const tokenOf = (link: string) => new URL(link).searchParams.get("token");

let postId: number;
let moderatorId: string;

describe("reply subscriptions", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    moderatorId = (await createUser({ role: "moderator" })).id;
    postId = (await createPost({ authorId: (await createUser({ role: "author" })).id, headline: "Night buses return" })).id;
  });

  /** A guest's comment, published, with "email me when someone replies" ticked. */
  async function subscribedGuest(email = "orla@example.com") {
    const result = await submitComment(guestComment(postId, { email, name: "Orla", notifyReplies: true }));
    // Published a minute ago, so their next comment isn't a flood.
    await getDb().update(comments).set({ status: "approved", createdAt: new Date(Date.now() - 60_000) }).where(eq(comments.id, result.commentId!));
    return result.commentId!;
  }

  async function reply(parentId: number, overrides = {}) {
    const result = await submitComment(guestComment(postId, { parentId, name: "Ciaran", email: "ciaran@example.com", body: "I take the N2 home.", ip: "203.0.113.50", ...overrides }));
    expect(result.outcome).toBe("accept");
    if (result.outcome === "accept" && result.status === "pending") await moderateComments({ actorId: moderatorId, action: "approve", items: [{ id: result.commentId!, expected: "pending" }] });
    return result.commentId!;
  }

  it("a guest is asked to confirm by email first, and nothing about replies is sent before", async () => {
    const commentId = await subscribedGuest();
    const [confirm] = await queued("subscription-confirm");
    expect(confirm).toMatchObject({ toAddress: "orla@example.com" });
    // Names nothing the commenter wrote: a stranger could type someone else's address.
    expect(confirm!.textBody).not.toContain("last bus");
    await reply(commentId);
    expect(await queued("reply")).toEqual([]);
  });

  it("once confirmed, a published reply is mailed to them (not a held one, not their own), with a one-click way out", async () => {
    const commentId = await subscribedGuest();
    const token = tokenOf(linkIn((await queued("subscription-confirm"))[0]!.textBody, "/subscriptions/confirm?"));
    expect(await describeConfirmation(token)).toEqual({ headline: "Night buses return", confirmed: false });
    expect(await confirmReplies(token)).toBe(true);
    expect(await confirmReplies(`${token}x`)).toBe(false);

    // Held: nothing yet. Published by a moderator: one email.
    const held = await submitComment(guestComment(postId, { parentId: commentId, name: "Ciaran", email: "ciaran@example.com", body: "I take the N2 home.", ip: "203.0.113.50" }));
    expect(held).toMatchObject({ outcome: "accept", status: "pending" });
    expect(await queued("reply")).toEqual([]);
    await moderateComments({ actorId: moderatorId, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
    const [mail] = await queued("reply");
    expect(mail).toMatchObject({ toAddress: "orla@example.com", commentId: held.commentId, whileStatus: "approved" });
    expect(mail!.subject).toContain("Ciaran replied to your comment");
    expect(mail!.htmlBody).toContain("I take the N2 home.");
    expect(mail!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    // Their own reply in the thread tells them nothing.
    await reply(commentId, { email: "ORLA@example.com", name: "Orla", body: "Thanks!", ip: "203.0.113.51" });
    expect(await queued("reply")).toHaveLength(1);

    const stop = /<([^>]+)>/.exec(mail!.headers!["List-Unsubscribe"]!)![1]!;
    const answer = await oneClick(new Request(stop, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(answer.status).toBe(200);
    expect(await getDb().select().from(commentSubscriptions)).toEqual([]);
    await reply(commentId, { body: "One more.", email: "third@example.com", ip: "203.0.113.52" });
    expect(await queued("reply")).toHaveLength(1);
  });

  it("a confirmed guest whose held comment a moderator publishes is told so, once", async () => {
    const held = await submitComment(guestComment(postId, { email: "maeve@example.com", notifyReplies: true }));
    const token = tokenOf(linkIn((await queued("subscription-confirm"))[0]!.textBody, "/subscriptions/confirm?"));
    await confirmReplies(token);
    await moderateComments({ actorId: moderatorId, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
    const [published] = await queued("comment-published");
    expect(published).toMatchObject({ toAddress: "maeve@example.com", commentId: held.commentId, whileStatus: "approved" });
    expect(published!.textBody).toContain(`/comment/${held.commentId}`);
    // Unpublished and published again: told again is fine, but never for someone unconfirmed.
    const other = await submitComment(guestComment(postId, { email: "unconfirmed@example.com", notifyReplies: true, ip: "203.0.113.77", body: "Another." }));
    await moderateComments({ actorId: moderatorId, action: "approve", items: [{ id: other.commentId!, expected: "pending" }] });
    expect((await queued("comment-published")).map((m) => m.toAddress)).toEqual(["maeve@example.com"]);
  });

  it("a signed-in reader's own address needs no confirmation", async () => {
    const reader = await createUser({ role: "reader" });
    const viewer = await getActiveUserById(getDb(), { id: reader.id });
    const result = await submitComment(guestComment(postId, { viewer, notifyReplies: true }));
    await getDb().update(comments).set({ status: "approved" }).where(eq(comments.id, result.commentId!));
    expect(await queued("subscription-confirm")).toEqual([]);
    await reply(result.commentId!);
    expect((await queued("reply")).map((m) => m.toAddress)).toEqual([reader.email]);
  });

  it("a reader who chose replies to all their comments is subscribed without ticking the box", async () => {
    const reader = await createUser({ role: "reader" });
    await setNotificationMode(getDb(), reader.id, "replies-to-me", "each");
    const viewer = await getActiveUserById(getDb(), { id: reader.id });
    const result = await submitComment(guestComment(postId, { viewer }));
    const [subscription] = await getDb().select().from(commentSubscriptions);
    expect(subscription).toMatchObject({ commentId: result.commentId, email: reader.email, userId: reader.id });
    expect(subscription!.confirmedAt).not.toBeNull();
  });

  it("spam subscribes nobody, and a bad or altered link confirms nothing", async () => {
    await submitComment(guestComment(postId, { honeypot: "bot", notifyReplies: true, email: "victim@example.com" }));
    expect(await getDb().select().from(commentSubscriptions)).toEqual([]);
    expect(await queued("subscription-confirm")).toEqual([]);
    expect(await confirmReplies("s1.zzzzzz.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).toBe(false);
    expect(await describeConfirmation(undefined)).toBeNull();
  });

  it("a burst of replies to one person is one email, sent when the first has waited the gathering time", async () => {
    const first = await subscribedGuest();
    await confirmReplies(tokenOf(linkIn((await queued("subscription-confirm"))[0]!.textBody, "/subscriptions/confirm?")));
    const second = await submitComment(guestComment(postId, { email: "orla@example.com", name: "Orla", notifyReplies: true, body: "And another thought.", ip: "203.0.113.60" }));
    await getDb().update(comments).set({ status: "approved" }).where(eq(comments.id, second.commentId!));
    await getDb().update(commentSubscriptions).set({ confirmedAt: new Date() });

    await reply(first, { name: "Ciaran", body: "Reply <one>.", email: "ciaran@example.com", ip: "203.0.113.70" });
    await reply(first, { name: "Dara", body: "Reply two.", email: "dara@example.com", ip: "203.0.113.71" });
    const removed = await reply(second.commentId!, { name: "Eve", body: "Reply three, soon trashed.", email: "eve@example.com", ip: "203.0.113.72" });
    await reply(second.commentId!, { name: "Fionn", body: "Reply four.", email: "fionn@example.com", ip: "203.0.113.73" });
    await moderateComments({ actorId: moderatorId, action: "trash", items: [{ id: removed, expected: "approved" }] });

    // A minute in: gathered, nothing sent.
    expect(await settleNotifications({ minutesLater: 1 })).toMatchObject({ digests: { emails: 0 } });
    expect((await getDb().select().from(mailQueue).where(eq(mailQueue.toAddress, "orla@example.com"))).map((m) => m.kind)).toEqual(["subscription-confirm", "subscription-confirm"]);
    const [mail, ...more] = await queued("replies");
    expect(more).toEqual([]);
    expect(await queued("reply")).toEqual([]);
    expect(mail).toMatchObject({ toAddress: "orla@example.com", subject: "[Broadsheet] 3 new replies to your comments" });
    expect(mail!.textBody).toContain("Ciaran, Dara and Fionn replied to your comments.");
    expect(mail!.htmlBody).toContain("Reply &lt;one&gt;.");
    expect(mail!.textBody).not.toContain("soon trashed");
    // Replies to two of their comments: the one-click link stops them all.
    const stop = /<([^>]+)>/.exec(mail!.headers!["List-Unsubscribe"]!)![1]!;
    const answer = await oneClick(new Request(stop, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(await answer.text()).toContain("emails about replies to your comments");
    expect(await getDb().select().from(commentSubscriptions)).toEqual([]);
  });

  it("a subscription goes with its comment", async () => {
    const commentId = await subscribedGuest();
    await createComment({ postId, status: "approved" });
    await getDb().delete(comments).where(eq(comments.id, commentId));
    expect(await getDb().select().from(commentSubscriptions)).toEqual([]);
  });
});
