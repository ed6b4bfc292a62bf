import "@/lib/testing/session";
import { beforeEach, describe, expect, it } from "vitest";
import { createComment, createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { getDb } from "@/lib/db";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { loadDashboard } from "./load";

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);
type Person = { id: string; role: "reader" | "author" | "editor" | "moderator" | "admin" };

describe("the dashboard, for each role", () => {
  const people: Record<string, Person> = {};
  let ownPostId: number;
  let draftPostId: number;

  beforeEach(async () => {
    await truncateAll(getDb());
    for (const role of ["reader", "author", "editor", "moderator", "admin"] as const) people[role] = { id: (await createUser({ role })).id, role };
    const otherAuthor = await createUser({ role: "author" });
    ownPostId = (await createPost({ authorId: people.author!.id, headline: "My own story" })).id;
    const busy = await createPost({ authorId: otherAuthor.id, headline: "Someone else's story" });
    draftPostId = (await createPost({ authorId: otherAuthor.id, headline: "A draft", status: "draft", publishedAt: null })).id;
    await createPost({ authorId: otherAuthor.id, headline: "Coming tomorrow", status: "scheduled", publishedAt: new Date(Date.now() + 24 * HOUR) });
    await createPost({ authorId: otherAuthor.id, headline: "Please review", status: "pending", publishedAt: null });
    for (let i = 0; i < 3; i++) await createComment({ postId: busy.id, status: "approved", createdAt: ago(i * HOUR) });
    await createComment({ postId: ownPostId, status: "approved", createdAt: ago(2 * HOUR) });
    await createComment({ postId: ownPostId, status: "pending", moderationReason: "first-time-commenter", createdAt: ago(5 * HOUR) });
    await createComment({ postId: busy.id, status: "spam", moderationReason: "honeypot" });
    await createComment({ postId: busy.id, status: "spam", moderationReason: "spam-filter" });
    await createComment({ postId: busy.id, status: "spam", moderationReason: "spam-filter" });
    // Held on a post readers can't see: moderators don't reach it.
    await createComment({ postId: draftPostId, status: "pending", createdAt: ago(50 * HOUR) });
  });

  it("shows a moderator the comment figures and nothing about publishing", async () => {
    const dashboard = await loadDashboard(people.moderator!);
    expect(dashboard.publishing).toBeNull();
    expect(dashboard.ownPosts).toBeNull();
    const moderation = dashboard.moderation!;
    expect(moderation.commentsByDay).toHaveLength(30);
    const totals = moderation.commentsByDay.reduce((sum, day) => ({ approved: sum.approved + day.counts.approved, pending: sum.pending + day.counts.pending, spam: sum.spam + day.counts.spam }), { approved: 0, pending: 0, spam: 0 });
    expect(totals).toEqual({ approved: 4, pending: 2, spam: 3 });
    expect(moderation.spamByReason).toEqual([
      { reason: "spam-filter", n: 2 },
      { reason: "honeypot", n: 1 },
    ]);
    // The oldest held comment a moderator may see is the one on the published post.
    expect(Date.now() - moderation.oldestHeldAt!.getTime()).toBeGreaterThan(4.9 * HOUR);
    expect(Date.now() - moderation.oldestHeldAt!.getTime()).toBeLessThan(6 * HOUR);
    expect(moderation.mostDiscussed.map((post) => [post.headline, post.comments])).toEqual([
      ["Someone else's story", 3],
      ["My own story", 1],
    ]);
    expect(moderation.speed).toEqual({ thisWeek: { medianSeconds: null, decided: 0 }, lastWeek: { medianSeconds: null, decided: 0 } });
  });

  it("keeps the counters and the decision time up to date as moderators work", async () => {
    const [held] = await getDb().query.comments.findMany({ where: (c, { eq, and }) => and(eq(c.postId, ownPostId), eq(c.status, "pending")) });
    await moderateComments({ actorId: people.moderator!.id, action: "approve", items: [{ id: held!.id, expected: "pending" }] });
    const moderation = (await loadDashboard(people.moderator!)).moderation!;
    const today = moderation.commentsByDay.reduce((sum, day) => sum + day.counts.pending, 0);
    expect(today).toBe(1);
    expect(moderation.speed.thisWeek.decided).toBe(1);
    expect(moderation.speed.thisWeek.medianSeconds!).toBeGreaterThan(5 * 3600 - 60);
    expect(moderation.speed.thisWeek.medianSeconds!).toBeLessThan(5 * 3600 + 600);
  });

  it("shows an editor the comment figures (drafts' comments too) and the publishing ones", async () => {
    const dashboard = await loadDashboard(people.editor!);
    expect(dashboard.ownPosts).toBeNull();
    expect(Date.now() - dashboard.moderation!.oldestHeldAt!.getTime()).toBeGreaterThan(49 * HOUR);
    const publishing = dashboard.publishing!;
    expect(publishing.postsByWeek).toHaveLength(12);
    expect(publishing.postsByWeek.at(-1)!.n + publishing.postsByWeek.at(-2)!.n).toBe(2);
    expect(publishing.scheduled.map((post) => post.headline)).toEqual(["Coming tomorrow"]);
    expect(publishing.review.map((post) => post.headline)).toEqual(["Please review"]);
  });

  it("shows an author their own posts' figures and nobody else's", async () => {
    const dashboard = await loadDashboard(people.author!);
    expect(dashboard.moderation).toBeNull();
    expect(dashboard.publishing).toBeNull();
    expect(dashboard.ownPosts).toEqual([{ id: ownPostId, headline: "My own story", slug: expect.any(String) as string, status: "published", approved: 1, pending: 1 }]);
  });

  it("shows a reader nothing", async () => {
    expect(await loadDashboard(people.reader!)).toEqual({ moderation: null, publishing: null, ownPosts: null });
  });
});
