import { describe, expect, it } from "vitest";
import { parseDiscussionSettings } from "@/lib/settings/discussion";
import { decideOwnEdit, EDIT_WINDOW_MS, editableUntil, type OwnCommentContext, ownChangeProblem } from "./own-comment-rules";

const POSTED = new Date("2026-11-27T12:00:00Z");
const at = (ms: number) => new Date(POSTED.getTime() + ms);

type Overrides = {
  now?: Date;
  settings?: Partial<OwnCommentContext["settings"]>;
  comment?: Partial<NonNullable<OwnCommentContext["comment"]>> | null;
  post?: Partial<NonNullable<OwnCommentContext["post"]>> | null;
  author?: Partial<OwnCommentContext["author"]>;
};

function context(overrides: Overrides = {}): OwnCommentContext {
  return {
    now: overrides.now ?? at(60_000),
    settings: { ...parseDiscussionSettings({}), ...overrides.settings },
    comment:
      overrides.comment === null
        ? null
        : {
            status: "approved",
            createdAt: POSTED,
            replyCount: 0,
            owned: true,
            authorName: "Dev Patel",
            authorEmail: "dev@example.com",
            authorUrl: "",
            ...overrides.comment,
          },
    post:
      overrides.post === null
        ? null
        : { visible: true, commentsOpen: true, publishedAt: new Date("2026-11-26T12:00:00Z"), authorId: "author-1", ...overrides.post },
    author: { userId: null, canModerate: false, approvedCount: 2, ...overrides.author },
    request: { ip: "203.0.113.9", userAgent: "Mozilla/5.0" },
  };
}

const edit = (body: string, overrides: Overrides = {}) => decideOwnEdit(body, context(overrides));

describe("the edit window", () => {
  it("is open for fifteen minutes from posting and shut at the fifteenth", () => {
    expect(editableUntil(POSTED).getTime() - POSTED.getTime()).toBe(EDIT_WINDOW_MS);
    expect(EDIT_WINDOW_MS).toBe(15 * 60_000);
    expect(ownChangeProblem(context({ now: at(EDIT_WINDOW_MS - 1) }))).toBeNull();
    expect(ownChangeProblem(context({ now: at(EDIT_WINDOW_MS) }))?.reason).toBe("window-closed");
    expect(edit("Changed", { now: at(EDIT_WINDOW_MS + 1) })).toMatchObject({ outcome: "refuse", reason: "window-closed" });
  });

  it.each<[string, Overrides, string]>([
    ["a comment that is gone", { comment: null }, "not-found"],
    ["a comment in spam", { comment: { status: "spam" } }, "not-found"],
    ["a comment in the trash", { comment: { status: "trash" } }, "not-found"],
    ["somebody else's comment", { comment: { owned: false } }, "not-owner"],
    ["a comment with a reply", { comment: { replyCount: 1 } }, "has-replies"],
  ])("refuses to change %s", (_label, overrides, reason) => {
    expect(ownChangeProblem(context(overrides))?.reason).toBe(reason);
    expect(edit("Changed", overrides)).toMatchObject({ outcome: "refuse", reason });
  });

  it("checks ownership before the clock, so strangers learn nothing about timing", () => {
    expect(ownChangeProblem(context({ comment: { owned: false }, now: at(EDIT_WINDOW_MS * 4) }))?.reason).toBe("not-owner");
  });
});

describe("editing", () => {
  it("keeps a published comment published when the new text passes the rules", () => {
    expect(edit("Corrected: the last bus leaves at 23:20.")).toEqual({ outcome: "accept", status: "approved", reason: "previously-approved" });
  });

  it("holds a published comment whose new text breaks a hold rule", () => {
    expect(edit("See https://a.example and https://b.example")).toMatchObject({ status: "pending", reason: "too-many-links" });
    expect(edit("Cheap casino chips", { settings: { moderationKeys: ["casino"] } })).toMatchObject({
      status: "pending",
      reason: "moderation-keyword",
    });
  });

  it("sends a block-listed edit to spam", () => {
    expect(edit("Buy pills", { settings: { disallowedKeys: ["pills"] } })).toMatchObject({ status: "spam", reason: "disallowed-keyword" });
  });

  it("never publishes a held comment by editing it, and keeps its reason", () => {
    expect(edit("Now without links", { comment: { status: "pending" } })).toEqual({ outcome: "accept", status: "pending", reason: null });
  });

  it("refuses an empty or over-long text and edits on closed or hidden articles", () => {
    expect(edit("   ")).toMatchObject({ outcome: "refuse", reason: "body-empty" });
    expect(edit("x".repeat(65_526))).toMatchObject({ outcome: "refuse", reason: "field-too-long" });
    expect(edit("x".repeat(65_525)).outcome).toBe("accept");
    expect(edit("Changed", { post: { commentsOpen: false } })).toMatchObject({ reason: "comments-closed" });
    expect(edit("Changed", { settings: { closeAfterDays: 1 }, post: { publishedAt: new Date("2026-11-20T12:00:00Z") } })).toMatchObject({
      reason: "comments-closed",
    });
    expect(edit("Changed", { post: { visible: false } })).toMatchObject({ reason: "not-found" });
  });

  it("keeps staff edits published", () => {
    expect(edit("https://a.example https://b.example", { author: { userId: "m1", canModerate: true } })).toMatchObject({
      status: "approved",
      reason: "staff",
    });
  });
});
