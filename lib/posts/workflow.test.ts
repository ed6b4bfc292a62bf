import { describe, expect, it } from "vitest";
import type { PostStatus, UserRole } from "@/db/schema";
import { decideStatus, isLive, type PostIntent } from "./workflow";

const now = new Date("2026-11-28T12:00:00Z");
const past = new Date("2026-10-01T09:00:00Z");
const future = new Date("2026-11-28T13:00:00Z");
const actor = (role: UserRole, id = "me") => ({ id, role });
const post = (status: PostStatus, publishedAt: Date | null = null, authorId = "me") => ({ status, publishedAt, authorId });

function decide(role: UserRole, status: PostStatus | null, intent: PostIntent, extra: { publishedAt?: Date | null; authorId?: string; publishAt?: Date } = {}) {
  return decideStatus({
    actor: actor(role),
    post: status ? post(status, extra.publishedAt ?? null, extra.authorId) : null,
    intent,
    publishAt: extra.publishAt ?? null,
    now,
  });
}

describe("post status workflow", () => {
  it("starts new posts as drafts for writers only", () => {
    expect(decide("author", null, "save")).toEqual({ ok: true, status: "draft", publishedAt: null });
    expect(decide("reader", null, "save")).toMatchObject({ ok: false });
    expect(decide("moderator", null, "save")).toMatchObject({ ok: false });
  });

  it("lets authors submit their own posts but never publish, schedule or unpublish", () => {
    expect(decide("author", "draft", "submit")).toEqual({ ok: true, status: "pending", publishedAt: null });
    for (const intent of ["publish", "schedule", "unpublish"] as const) {
      expect(decide("author", "draft", intent, { publishAt: future })).toMatchObject({ ok: false });
    }
    expect(decide("author", "draft", "save", { authorId: "someone-else" })).toEqual({ ok: false, message: "You can’t edit this post." });
    // Once live, an author's post is the editors' to change.
    expect(decide("author", "published", "save", { publishedAt: past })).toMatchObject({ ok: false });
    expect(decide("author", "scheduled", "save", { publishedAt: future })).toMatchObject({ ok: false });
  });

  it("publishes now, keeping a post's first publish date when it comes back", () => {
    expect(decide("editor", "pending", "publish", { authorId: "x" })).toEqual({ ok: true, status: "published", publishedAt: now });
    expect(decide("editor", "unpublished", "publish", { publishedAt: past })).toEqual({ ok: true, status: "published", publishedAt: past });
    expect(decide("admin", "published", "publish", { publishedAt: past })).toEqual({ ok: true, status: "published", publishedAt: past });
    // Publishing a scheduled post early takes today's date, not the planned one.
    expect(decide("editor", "scheduled", "publish", { publishedAt: future })).toEqual({ ok: true, status: "published", publishedAt: now });
    expect(decide("editor", "published", "save", { publishedAt: past })).toEqual({ ok: true, status: "published", publishedAt: past });
  });

  it("schedules only for a time in the future, and never a live post", () => {
    expect(decide("editor", "draft", "schedule", { publishAt: future })).toEqual({ ok: true, status: "scheduled", publishedAt: future });
    expect(decide("editor", "draft", "schedule")).toEqual({ ok: false, field: "publishAt", message: "Choose when it should go live." });
    expect(decide("editor", "draft", "schedule", { publishAt: now })).toMatchObject({ ok: false, field: "publishAt" });
    expect(decide("editor", "published", "schedule", { publishAt: future, publishedAt: past })).toMatchObject({ ok: false });
  });

  it("unpublishes live posts; unscheduling returns a post to draft with no date", () => {
    expect(decide("editor", "published", "unpublish", { publishedAt: past })).toEqual({ ok: true, status: "unpublished", publishedAt: past });
    expect(decide("editor", "scheduled", "unpublish", { publishedAt: future })).toEqual({ ok: true, status: "draft", publishedAt: null });
    expect(decide("editor", "draft", "unpublish")).toMatchObject({ ok: false });
  });

  it("keeps trashed posts unchanged until restored, which editors do", () => {
    for (const intent of ["save", "submit", "publish", "schedule"] as const) {
      expect(decide("editor", "trash", intent, { publishAt: future })).toMatchObject({ ok: false });
    }
    expect(decide("editor", "trash", "restore", { publishedAt: past })).toEqual({ ok: true, status: "draft", publishedAt: past });
    expect(decide("author", "trash", "restore")).toMatchObject({ ok: false });
    expect(decide("editor", "draft", "restore")).toMatchObject({ ok: false });
  });

  it("names published and scheduled posts live", () => {
    expect(["draft", "pending", "scheduled", "published", "unpublished", "trash"].filter((s) => isLive(s as PostStatus))).toEqual(["scheduled", "published"]);
  });
});
