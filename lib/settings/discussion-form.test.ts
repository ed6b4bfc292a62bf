import { describe, expect, it } from "vitest";
import { parseDiscussionSettings } from "./discussion";
import { parseDiscussionForm } from "./discussion-form";

const defaults = parseDiscussionSettings({});

function formOf(overrides: Record<string, string | null> = {}) {
  const values: Record<string, string | null> = {
    requireNameEmail: "on",
    registrationRequired: null,
    manualApproval: null,
    requirePreviouslyApproved: "on",
    holdLinkCount: "2",
    moderationKeys: "",
    disallowedKeys: "",
    closeAfterDays: "",
    threadDepth: "5",
    commentsPerPage: "50",
    commentOrder: "oldest",
    floodSeconds: "15",
    hourlyLimitPerIp: "30",
    minSecondsToSubmit: "3",
    notifyModeratorsOfHeld: "on",
    notifyAuthorsOfComments: "on",
    notifyReplies: "on",
    replyBatchMinutes: "2",
    spamFilter: "on",
    spamThreshold: "90",
    spamHoldThreshold: "50",
    ipRetentionDays: "90",
    ...overrides,
  };
  return (name: string) => values[name] ?? null;
}

describe("the discussion settings form", () => {
  it("reads the defaults back as the defaults", () => {
    expect(parseDiscussionForm(formOf())).toEqual({ ok: true, settings: defaults });
  });

  it("reads ticked and unticked boxes, word lists a line each, and a blank closing age as never", () => {
    const result = parseDiscussionForm(
      formOf({
        requireNameEmail: null,
        manualApproval: "on",
        moderationKeys: "  casino \r\n\r\nviagra\n",
        disallowedKeys: "198.51.100.7",
        closeAfterDays: "14",
        commentOrder: "newest",
      }),
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        ...defaults,
        requireNameEmail: false,
        manualApproval: true,
        moderationKeys: ["casino", "viagra"],
        disallowedKeys: ["198.51.100.7"],
        closeAfterDays: 14,
        commentOrder: "newest",
      },
    });
  });

  it("explains every bad field by name and saves nothing", () => {
    const result = parseDiscussionForm(
      formOf({ holdLinkCount: "0", threadDepth: "eleven", closeAfterDays: "-3", commentsPerPage: "500", commentOrder: "best", floodSeconds: "1.5", ipRetentionDays: "0" }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        holdLinkCount: "The link limit must be at least 1.",
        threadDepth: "Thread depth must be a whole number.",
        closeAfterDays: "The closing age must be a whole number.",
        commentsPerPage: "Comments per page can be at most 200.",
        commentOrder: "Choose which comments come first.",
        floodSeconds: "The pause between comments must be a whole number.",
        ipRetentionDays: "The days to keep IP addresses must be at least 1.",
      },
    });
  });

  it("refuses over-long list lines", () => {
    const result = parseDiscussionForm(formOf({ moderationKeys: "x".repeat(501) }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.moderationKeys).toMatch(/at most 500 characters/);
  });
});
