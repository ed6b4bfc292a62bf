import "@/lib/testing/session";
import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { mailQueue, settings } from "@/db/schema";
import { createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { setNotificationMode } from "@/db/queries/notifications";
import { type SubmitCommentInput, submitComment } from "@/lib/comments/submit-comment";
import { guestComment } from "@/lib/testing/guest-comment";
import { deliverDueMail } from "@/lib/mail/queue";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { POST as oneClick } from "@/app/api/unsubscribe/route";
import { parseDiscussionSettings } from "@/lib/settings/discussion";
import { settleNotifications } from "@/lib/testing/notifications";
import { notificationEvents } from "@/db/schema";

const queued = () => getDb().select().from(mailQueue).orderBy(asc(mailQueue.id));

let postId: number;
const people: Record<string, { id: string; email: string }> = {};

const guest = (overrides: Partial<SubmitCommentInput> = {}): SubmitCommentInput => guestComment(postId, { name: "Dev <Patel>", ...overrides });

describe("comment notifications", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    for (const role of ["reader", "author", "moderator", "editor", "admin"] as const) {
      const user = await createUser({ role });
      people[role] = { id: user.id, email: user.email };
    }
    postId = (await createPost({ authorId: people.author!.id, headline: "Night buses return" })).id;
  });

  it("a held comment is one event in the comment's own transaction, which the worker mails once to each moderator, editor and admin", async () => {
    const result = await submitComment(guest());
    expect(result).toMatchObject({ status: "pending", notices: 1 });
    expect(await getDb().select().from(notificationEvents)).toMatchObject([{ kind: "comment-held", commentIds: [result.commentId], actorId: null }]);
    expect(await queued()).toEqual([]);
    expect(await settleNotifications()).toMatchObject({ events: 1, queued: 3, gathered: 0 });
    expect(await getDb().select().from(notificationEvents)).toEqual([]);
    // Worked out once: a second worker finds nothing to do.
    expect(await settleNotifications()).toMatchObject({ events: 0, queued: 0 });
    const mail = await queued();
    expect(mail.map((m) => m.toAddress).sort()).toEqual([people.moderator!.email, people.editor!.email, people.admin!.email].sort());
    for (const m of mail) {
      expect(m).toMatchObject({ kind: "comment-held", commentId: result.commentId, whileStatus: "pending" });
      expect(m.subject).toContain("Night buses return");
      expect(m.htmlBody).toContain("Dev &lt;Patel&gt;");
      expect(m.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(m.textBody).toContain(`/admin/comments?view=pending&post=${postId}`);
    }
  });

  it("nobody hears of spam, and a moderator who opted out hears of nothing", async () => {
    await setNotificationMode(getDb(), people.moderator!.id, "comment-held", "none");
    await submitComment(guest());
    await settleNotifications();
    expect((await queued()).map((m) => m.toAddress)).not.toContain(people.moderator!.email);
    await getDb().delete(mailQueue);
    expect(await submitComment(guest({ honeypot: "http://spam.example", ip: "203.0.113.9", email: "bot@example.com" }))).toMatchObject({ status: "spam", notices: 0 });
    await settleNotifications();
    expect(await queued()).toEqual([]);
  });

  it("the post's author hears of a comment a moderator publishes, never of their own doing", async () => {
    const held = await submitComment(guest());
    await settleNotifications();
    await getDb().delete(mailQueue);
    const result = await moderateComments({ actorId: people.moderator!.id, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
    expect(result.notices).toBe(1);
    await settleNotifications();
    const [mail] = await queued();
    expect(mail).toMatchObject({ kind: "comment-on-my-post", toAddress: people.author!.email, whileStatus: "approved" });
    expect(mail!.textBody).toContain(`/comment/${held.commentId}`);

    // The author publishing a comment on their own post is not told about it.
    await getDb().delete(mailQueue);
    const second = await submitComment(guest({ body: "Another one.", ip: "203.0.113.2", email: "other@example.com" }));
    await settleNotifications();
    await getDb().delete(mailQueue);
    await moderateComments({ actorId: people.author!.id, action: "approve", items: [{ id: second.commentId!, expected: "pending" }] });
    await settleNotifications();
    expect(await queued()).toEqual([]);
  });

  it("a notice about a comment that changed before it went is not sent", async () => {
    const held = await submitComment(guest());
    await settleNotifications();
    await moderateComments({ actorId: people.editor!.id, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
    await settleNotifications();
    const report = await deliverDueMail();
    // Three "held" notices dropped (it isn't held any more); the author's "new comment" goes.
    expect(report).toEqual({ sent: 1, retrying: 0, failed: 0, cancelled: 3 });
    const mail = await queued();
    expect(mail.filter((m) => m.status === "cancelled").map((m) => m.kind)).toEqual(["comment-held", "comment-held", "comment-held"]);
    expect(mail.find((m) => m.status === "sent")).toMatchObject({ kind: "comment-on-my-post" });
  });

  it("admins switch each kind off for everyone in the discussion settings", async () => {
    await getDb()
      .insert(settings)
      .values({ key: "discussion", value: { ...parseDiscussionSettings({}), notifyModeratorsOfHeld: false, notifyAuthorsOfComments: false } });
    const held = await submitComment(guest());
    expect(held.notices).toBe(0);
    await moderateComments({ actorId: people.moderator!.id, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
    await settleNotifications();
    expect(await queued()).toEqual([]);
  });

  it("switched off after the event was recorded: the worker sends nothing", async () => {
    await submitComment(guest());
    await getDb()
      .insert(settings)
      .values({ key: "discussion", value: { ...parseDiscussionSettings({}), notifyModeratorsOfHeld: false } });
    expect(await settleNotifications()).toMatchObject({ events: 1, queued: 0 });
    expect(await queued()).toEqual([]);
  });

  it("a moderator on a digest gets one email for every comment held in the interval, leaving out those already handled", async () => {
    await setNotificationMode(getDb(), people.moderator!.id, "comment-held", "digest", 60);
    await submitComment(guest({ body: "First <held> one." }));
    const second = await submitComment(guest({ body: "Second held one.", ip: "203.0.113.21", email: "second@example.com" }));
    await submitComment(guest({ body: "Third held one.", ip: "203.0.113.22", email: "third@example.com" }));
    expect(await settleNotifications()).toMatchObject({ events: 3, queued: 6, gathered: 3 });
    const toModerator = async () => (await queued()).filter((m) => m.toAddress === people.moderator!.email);
    expect(await toModerator()).toEqual([]);
    // The second is dealt with by someone else before the digest goes.
    await moderateComments({ actorId: people.editor!.id, action: "trash", items: [{ id: second.commentId!, expected: "pending" }] });
    // Not yet due after 30 minutes; due after the hour.
    expect((await settleNotifications({ minutesLater: 30 })).digests).toEqual({ emails: 0, dropped: 0 });
    expect((await settleNotifications({ minutesLater: 61 })).digests).toEqual({ emails: 1, dropped: 1 });
    const [digest, ...others] = await toModerator();
    expect(others).toEqual([]);
    expect(digest).toMatchObject({ kind: "comment-held-digest", subject: "[Broadsheet] 2 comments await moderation" });
    expect(digest!.textBody).toContain("First <held> one.");
    expect(digest!.htmlBody).toContain("First &lt;held&gt; one.");
    expect(digest!.textBody).toContain("Third held one.");
    expect(digest!.textBody).not.toContain("Second held one.");
    expect(digest!.textBody).toContain(`/admin/comments?view=pending&post=${postId}`);
    expect(digest!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    // Taken once: a second worker finds nothing.
    expect((await settleNotifications({ minutesLater: 120 })).digests).toEqual({ emails: 0, dropped: 0 });
  });

  it("a digest is not sent to someone who switched held-comment mail off, or was disabled, meanwhile", async () => {
    await setNotificationMode(getDb(), people.moderator!.id, "comment-held", "digest", 15);
    await submitComment(guest());
    await settleNotifications();
    await setNotificationMode(getDb(), people.moderator!.id, "comment-held", "none");
    expect((await settleNotifications({ minutesLater: 16 })).digests).toEqual({ emails: 0, dropped: 1 });
    expect((await queued()).map((m) => m.toAddress)).not.toContain(people.moderator!.email);
  });

  it("one click on the List-Unsubscribe address switches that kind off, without signing in; a bad link changes nothing", async () => {
    await submitComment(guest());
    await settleNotifications();
    const mail = (await queued()).find((m) => m.toAddress === people.moderator!.email)!;
    const address = /<([^>]+)>/.exec(mail.headers!["List-Unsubscribe"]!)![1]!;
    const post = (url: string) => oneClick(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));

    const forged = await post(address.replace(/token=[^&]+/, "token=4f1c2a9e-1b2c-4d5e-8f90-123456789abc.comment-held.zzzz.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    expect(forged.status).toBe(400);
    const hostile = await post(`${address.split("?")[0]}?token=${encodeURIComponent(`\u0000${"[".repeat(60_000)}`)}`);
    expect(hostile.status).toBe(400);
    // Mail programs retry: the same click 50 times at once is still one choice, answered alike.
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(address)));
    expect(answers.map((response) => response.status)).toEqual(Array(50).fill(200));
    const answer = await post(address);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain("no more emails about comments held for moderation");

    await getDb().delete(mailQueue);
    await submitComment(guest({ body: "A second one.", ip: "203.0.113.3", email: "third@example.com" }));
    await settleNotifications();
    const to = (await queued()).map((m) => m.toAddress);
    expect(to).not.toContain(people.moderator!.email);
    expect(to.filter((address) => address === people.editor!.email)).toHaveLength(1);
  });
});
