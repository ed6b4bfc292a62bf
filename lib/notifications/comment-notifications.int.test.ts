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

  it("a held comment is mailed once to each moderator, editor and admin, in the comment's own transaction", async () => {
    const result = await submitComment(guest());
    expect(result).toMatchObject({ status: "pending", notices: 3 });
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
    expect((await queued()).map((m) => m.toAddress)).not.toContain(people.moderator!.email);
    await getDb().delete(mailQueue);
    expect(await submitComment(guest({ honeypot: "http://spam.example", ip: "203.0.113.9", email: "bot@example.com" }))).toMatchObject({ status: "spam", notices: 0 });
    expect(await queued()).toEqual([]);
  });

  it("the post's author hears of a comment a moderator publishes, never of their own doing", async () => {
    const held = await submitComment(guest());
    await getDb().delete(mailQueue);
    const result = await moderateComments({ actorId: people.moderator!.id, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
    expect(result.notices).toBe(1);
    const [mail] = await queued();
    expect(mail).toMatchObject({ kind: "comment-on-my-post", toAddress: people.author!.email, whileStatus: "approved" });
    expect(mail!.textBody).toContain(`/comment/${held.commentId}`);

    // The author publishing a comment on their own post is not told about it.
    await getDb().delete(mailQueue);
    const second = await submitComment(guest({ body: "Another one.", ip: "203.0.113.2", email: "other@example.com" }));
    await getDb().delete(mailQueue);
    await moderateComments({ actorId: people.author!.id, action: "approve", items: [{ id: second.commentId!, expected: "pending" }] });
    expect(await queued()).toEqual([]);
  });

  it("a notice about a comment that changed before it went is not sent", async () => {
    const held = await submitComment(guest());
    await moderateComments({ actorId: people.editor!.id, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
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
    await moderateComments({ actorId: people.moderator!.id, action: "approve", items: [{ id: held.commentId!, expected: "pending" }] });
    expect(await queued()).toEqual([]);
  });

  it("one click on the List-Unsubscribe address switches that kind off, without signing in; a bad link changes nothing", async () => {
    await submitComment(guest());
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
    const to = (await queued()).map((m) => m.toAddress);
    expect(to).not.toContain(people.moderator!.email);
    expect(to.filter((address) => address === people.editor!.email)).toHaveLength(1);
  });
});
