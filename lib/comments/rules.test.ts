import { describe, expect, it } from "vitest";
import { parseDiscussionSettings } from "@/lib/settings/discussion";
import { type CommentContext, type CommentSubmission, countLinks, decideComment, isWebAddress, matchesAny } from "./rules";

const NOW = new Date("2026-11-27T12:00:00Z");

function submission(overrides: Partial<CommentSubmission> = {}): CommentSubmission {
  return {
    name: "Dev Patel",
    email: "dev@example.com",
    url: "",
    body: "The last bus leaves at 23:10.",
    honeypot: "",
    elapsedMs: 30_000,
    ...overrides,
  };
}

type ContextOverrides = {
  settings?: Partial<ReturnType<typeof parseDiscussionSettings>>;
  post?: Partial<NonNullable<CommentContext["post"]>> | null;
  parent?: Partial<NonNullable<CommentContext["parent"]>> | null;
  author?: Partial<CommentContext["author"]>;
  recent?: Partial<CommentContext["recent"]>;
  spam?: CommentContext["spam"];
};

function context(overrides: ContextOverrides = {}): CommentContext {
  return {
    now: NOW,
    settings: { ...parseDiscussionSettings({}), ...overrides.settings },
    post:
      overrides.post === null
        ? null
        : { visible: true, commentsOpen: true, publishedAt: new Date("2026-11-20T12:00:00Z"), authorId: "author-1", ...overrides.post },
    parent:
      overrides.parent === undefined || overrides.parent === null
        ? null
        : { found: true, approved: true, depth: 0, samePost: true, ...overrides.parent },
    author: { userId: null, canModerate: false, approvedCount: 3, ...overrides.author },
    recent: { lastCommentAt: null, commentsFromIpLastHour: 0, duplicate: false, ...overrides.recent },
    request: { ip: "203.0.113.9", userAgent: "Mozilla/5.0" },
    spam: overrides.spam ?? null,
  };
}

const decide = (input: Partial<CommentSubmission> = {}, ctx: ContextOverrides = {}) =>
  decideComment(submission(input), context(ctx));

/** The status of an accepted comment; a refusal reads as its reason. */
const statusOf = (input: Partial<CommentSubmission> = {}, ctx: ContextOverrides = {}) => {
  const decision = decide(input, ctx);
  return decision.outcome === "accept" ? decision.status : `refused: ${decision.reason}`;
};

describe("defaults (WordPress's)", () => {
  it("requires name and email, holds first-time commenters, holds at two links, threads five deep, no auto-close", () => {
    expect(parseDiscussionSettings(undefined)).toMatchObject({
      requireNameEmail: true,
      registrationRequired: false,
      manualApproval: false,
      requirePreviouslyApproved: true,
      holdLinkCount: 2,
      moderationKeys: [],
      disallowedKeys: [],
      closeAfterDays: null,
      threadDepth: 5,
      floodSeconds: 15,
      commentsPerPage: 50,
      commentOrder: "oldest",
    });
  });

  it("approves a guest with earlier approved comments and holds one without", () => {
    expect(decide()).toEqual({ outcome: "accept", status: "approved", reason: "previously-approved" });
    expect(decide({}, { author: { approvedCount: 0 } })).toEqual({ outcome: "accept", status: "pending", reason: "first-time-commenter" });
    expect(decide({}, { author: { approvedCount: 0 }, settings: { requirePreviouslyApproved: false } }).outcome).toBe("accept");
  });

  it("keeps only valid settings, line lists trimmed", () => {
    const settings = parseDiscussionSettings({ threadDepth: 40, moderationKeys: ["  casino ", "", "viagra"], holdLinkCount: "x" });
    expect(settings.threadDepth).toBe(5);
    expect(settings.holdLinkCount).toBe(2);
    expect(settings.moderationKeys).toEqual(["casino", "viagra"]);
  });
});

describe("refusals", () => {
  it.each<[string, ContextOverrides, string]>([
    ["a missing post", { post: null }, "post-not-found"],
    ["an unpublished post", { post: { visible: false } }, "post-not-found"],
    ["a post with comments closed", { post: { commentsOpen: false } }, "comments-closed"],
    ["a post older than the auto-close age", { settings: { closeAfterDays: 5 } }, "comments-closed"],
    ["a reply to a missing comment", { parent: { found: false } }, "parent-not-found"],
    ["a reply to a comment on another post", { parent: { samePost: false } }, "parent-not-found"],
    ["a reply to a held comment", { parent: { approved: false } }, "parent-not-approved"],
    ["a reply nested deeper than allowed", { parent: { depth: 4 } }, "too-deep"],
    ["a guest when registration is required", { settings: { registrationRequired: true } }, "registration-required"],
    ["a duplicate", { recent: { duplicate: true } }, "duplicate"],
    ["a second comment within 15 seconds", { recent: { lastCommentAt: new Date(NOW.getTime() - 10_000) } }, "flood"],
    ["an address over its hourly limit", { recent: { commentsFromIpLastHour: 30 } }, "rate-limited"],
  ])("refuses %s", (_label, ctx, reason) => {
    expect(decide({}, ctx)).toMatchObject({ outcome: "refuse", reason });
  });

  it("allows replies down to the configured depth and comments after the flood interval", () => {
    expect(decide({}, { parent: { depth: 3 } }).outcome).toBe("accept");
    expect(decide({}, { parent: { depth: 8 }, settings: { threadDepth: 10 } }).outcome).toBe("accept");
    expect(decide({}, { recent: { lastCommentAt: new Date(NOW.getTime() - 16_000) } }).outcome).toBe("accept");
    expect(decide({}, { settings: { closeAfterDays: 14 } }).outcome).toBe("accept");
  });

  it.each<[string, Partial<CommentSubmission>, string, string]>([
    ["no name", { name: "  " }, "name-required", "name"],
    ["no email", { email: "" }, "email-required", "email"],
    ["an invalid email", { email: "dev@example" }, "email-invalid", "email"],
    ["an empty comment", { body: " \n " }, "body-empty", "body"],
    ["a 246-character name", { name: "n".repeat(246) }, "field-too-long", "name"],
    ["a 101-character email", { email: `${"e".repeat(89)}@example.com` }, "field-too-long", "email"],
    ["a 201-character website", { url: `https://example.com/${"u".repeat(181)}` }, "field-too-long", "url"],
    ["a 65,526-character comment", { body: "b".repeat(65_526) }, "field-too-long", "body"],
    ["a javascript: website", { url: "javascript:alert(1)" }, "url-invalid", "url"],
    ["a data: website", { url: "data:text/html,hi" }, "url-invalid", "url"],
  ])("refuses %s, pointing at the field", (_label, input, reason, field) => {
    expect(decide(input)).toMatchObject({ outcome: "refuse", reason, field });
  });

  it("accepts fields at exactly their limits", () => {
    const atLimits = {
      name: "n".repeat(245),
      // 100 characters, with the longest local part mail allows (64).
      email: `${"e".repeat(64)}@${"d".repeat(23)}.example.com`,
      url: `https://example.com/${"u".repeat(180)}`,
      body: "b".repeat(65_525),
    };
    expect(decide(atLimits).outcome).toBe("accept");
  });

  it("lets guests leave name and email out when the site doesn't require them", () => {
    expect(decide({ name: "", email: "" }, { settings: { requireNameEmail: false } }).outcome).toBe("accept");
  });

  it("doesn't ask signed-in readers for name and email", () => {
    expect(decide({ name: "", email: "" }, { author: { userId: "reader-1" } }).outcome).toBe("accept");
  });

  it("applies no flood limit to staff, but still refuses their duplicates", () => {
    const staff = { author: { userId: "editor-1", canModerate: true }, recent: { lastCommentAt: new Date(NOW.getTime() - 1_000) } };
    expect(decide({}, staff)).toMatchObject({ outcome: "accept", status: "approved", reason: "staff" });
    expect(decide({}, { ...staff, recent: { duplicate: true } })).toMatchObject({ outcome: "refuse", reason: "duplicate" });
  });
});

describe("status of accepted comments", () => {
  it("approves staff and the post's own author whatever the hold rules say", () => {
    const holdAll = { manualApproval: true, moderationKeys: ["bus"] };
    expect(decide({}, { author: { userId: "mod-1", canModerate: true, approvedCount: 0 }, settings: holdAll })).toMatchObject({
      status: "approved",
      reason: "staff",
    });
    expect(decide({}, { author: { userId: "author-1", approvedCount: 0 }, settings: holdAll })).toMatchObject({
      status: "approved",
      reason: "post-author",
    });
  });

  it("holds everything when manual approval is on", () => {
    expect(decide({}, { settings: { manualApproval: true } })).toMatchObject({ status: "pending", reason: "manual-approval" });
  });

  it("holds two or more links, counting bare addresses", () => {
    expect(statusOf({ body: "See https://example.org" })).toBe("approved");
    expect(decide({ body: "See https://example.org and www.example.net" })).toMatchObject({ status: "pending", reason: "too-many-links" });
    expect(statusOf({ body: "[a](http://a.example) [b](https://b.example) [c](https://c.example)" })).toBe("pending");
    expect(statusOf({ body: "one http://a.example two http://b.example" }, { settings: { holdLinkCount: 3 } })).toBe("approved");
  });

  it.each([
    ["the name", { name: "Cheap CASINO deals" }],
    ["the email", { email: "casino@example.com" }],
    ["the website", { url: "https://casino.example.com" }],
    ["the text", { body: "Visit my Casino" }],
  ])("holds a moderation keyword in %s, ignoring case", (_where, input) => {
    expect(decide(input, { settings: { moderationKeys: ["casino"] } })).toMatchObject({ status: "pending", reason: "moderation-keyword" });
  });

  it("matches keywords against the address and the browser too", () => {
    expect(statusOf({}, { settings: { moderationKeys: ["203.0.113."] } })).toBe("pending");
    expect(statusOf({}, { settings: { moderationKeys: ["mozilla/5"] } })).toBe("pending");
  });

  it("sends block-list matches, honeypots and impossibly fast submissions to spam", () => {
    expect(decide({ body: "buy pills" }, { settings: { disallowedKeys: ["PILLS"] } })).toMatchObject({ status: "spam", reason: "disallowed-keyword" });
    expect(decide({ honeypot: "http://spam.example" })).toMatchObject({ status: "spam", reason: "honeypot" });
    expect(decide({ elapsedMs: 800 })).toMatchObject({ status: "spam", reason: "too-fast" });
    expect(statusOf({ elapsedMs: null })).toBe("approved");
  });

  it("sends a blocked or suspended commenter's comments to spam, even on their own post, but never staff's", () => {
    expect(decide({}, { author: { blocked: true } })).toEqual({ outcome: "accept", status: "spam", reason: "blocked-commenter" });
    expect(statusOf({}, { author: { blocked: true, userId: "author-1" } })).toBe("spam");
    expect(statusOf({}, { author: { blocked: true, canModerate: true } })).toBe("approved");
    expect(statusOf({}, { author: { blocked: false } })).toBe("approved");
  });

  it("puts spam signals before hold rules", () => {
    expect(statusOf({ honeypot: "x" }, { settings: { manualApproval: true } })).toBe("spam");
  });
});

describe("helpers", () => {
  it("counts links", () => {
    expect(countLinks("no links here")).toBe(0);
    expect(countLinks("https://a.example http://b.example www.c.example")).toBe(3);
    expect(countLinks("https://www.example.com")).toBe(1);
    expect(countLinks("email me at dev@www.example.com")).toBe(0);
  });

  it("matches keywords case-insensitively and ignores empty lists", () => {
    expect(matchesAny(["Hello World"], ["WORLD"])).toBe(true);
    expect(matchesAny(["Hello"], [])).toBe(false);
  });

  it("accepts only http(s) websites with a host", () => {
    expect(isWebAddress("https://example.org/me")).toBe(true);
    expect(isWebAddress("http://localhost")).toBe(false);
    expect(isWebAddress("ftp://example.org")).toBe(false);
    expect(isWebAddress("example.org")).toBe(false);
  });
});

describe("the learning spam filter as a rule", () => {
  const score = (value: number) => ({ spam: { score: value, reasons: ["'subscribe'"] } });
  const reasonOf = (ctx: ContextOverrides) => {
    const decision = decide({}, ctx);
    return decision.outcome === "accept" ? `${decision.status}:${decision.reason}` : decision.reason;
  };

  it("sends a comment at or above the spam score to spam, whoever wrote it", () => {
    expect(reasonOf({ ...score(0.95) })).toBe("spam:spam-filter");
    expect(reasonOf({ ...score(0.95), author: { approvedCount: 0 } })).toBe("spam:spam-filter");
  });

  it("holds a stranger's comment between the two scores, but not a commenter approved before", () => {
    expect(reasonOf({ ...score(0.7), author: { approvedCount: 0 } })).toBe("pending:spam-filter");
    expect(reasonOf({ ...score(0.7), author: { approvedCount: 2 } })).toBe("approved:previously-approved");
  });

  it("leaves low scores to the other rules, and steps aside when switched off or for staff", () => {
    expect(reasonOf({ ...score(0.2), author: { approvedCount: 0 } })).toBe("pending:first-time-commenter");
    expect(reasonOf({ ...score(0.99), settings: { spamFilter: false } })).toBe("approved:previously-approved");
    expect(reasonOf({ ...score(0.99), author: { canModerate: true } })).toBe("approved:staff");
    expect(reasonOf({ ...score(0.6), settings: { spamThreshold: 0.95, spamHoldThreshold: 0.55 }, author: { approvedCount: 0 } })).toBe("pending:spam-filter");
  });

  it("comes after the hard rules: a filled honeypot is still the reason", () => {
    expect(decide({ honeypot: "x" }, score(0.99))).toMatchObject({ status: "spam", reason: "honeypot" });
  });
});
