import "@/lib/testing/session";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { comments, settings, spamModel, spamTokens, spamTraining } from "@/db/schema";
import { parseDiscussionSettings } from "@/lib/settings/discussion";
import { createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { submitComment } from "@/lib/comments/submit-comment";
import { getDb } from "@/lib/db";
import { moderateComments, undoModeration } from "@/lib/moderation/moderate-comments";
import { guestComment } from "@/lib/testing/guest-comment";
import { assessComment } from "./assess";
import { commentTokens } from "./features";
import { ensureSpamModel, readModelFor, rebuildSpamModel, tokensToLookUp } from "./model";
import { starterExamples } from "./starter";

let postId: number;
let moderatorId: string;
let n = 0;
const guest = (body: string, extra = {}) => guestComment(postId, { body, name: `Reader ${++n}`, email: `reader${n}@example.com`, ip: `203.0.113.${n}`, ...extra });

/** Every token's counts and the totals, to compare the model before and after. */
async function snapshot() {
  const tokens = await getDb().execute(sql`select token, spam, ham from spam_tokens where spam > 0 or ham > 0 order by token`);
  const [totals] = await getDb().select({ spam: spamModel.spamMessages, ham: spamModel.hamMessages }).from(spamModel);
  return JSON.stringify([tokens, totals]);
}

async function scoreOf(body: string) {
  const model = (await readModelFor(getDb(), tokensToLookUp({ body })))!;
  return assessComment({ body }, { approvedBefore: null, ...model }).score;
}

describe("the spam filter's model in PostgreSQL", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    moderatorId = (await createUser({ role: "moderator" })).id;
    postId = (await createPost({ authorId: (await createUser({ role: "author" })).id, headline: "Night buses return" })).id;
  });

  it("is built once from the starter set, however many servers ask at once", async () => {
    const built = await Promise.all([ensureSpamModel(), ensureSpamModel(), ensureSpamModel()]);
    expect(built.filter(Boolean)).toHaveLength(1);
    const starter = starterExamples();
    const [totals] = await getDb().select().from(spamModel);
    expect(totals).toMatchObject({ spamMessages: starter.filter((e) => e.spam).length, hamMessages: starter.filter((e) => !e.spam).length });
    expect(await ensureSpamModel()).toBe(false);
  });

  it("sends an obvious spam comment to spam with its score and reasons, holds one between the thresholds, and lets an ordinary one through to the other rules", async () => {
    await ensureSpamModel();
    const spam = await submitComment(guest("Check out my channel and subscribe!!! http://spam-channel.example free money http://win.example"));
    expect(spam).toMatchObject({ outcome: "accept", status: "spam", reason: "spam-filter" });
    const [row] = await getDb().select().from(comments).where(eq(comments.id, spam.commentId!));
    expect(row!.spamScore).toBeGreaterThanOrEqual(0.9);
    expect(row!.spamReasons!.length).toBeGreaterThan(0);
    expect(row!.spamTokens).toEqual(expect.arrayContaining(["links:2", "history:new", "links:new-domain"]));

    // With the spam threshold out of reach, the same comment is held for a moderator instead.
    await getDb().insert(settings).values({ key: "discussion", value: { ...parseDiscussionSettings({}), spamThreshold: 1 } });
    const doubtful = await submitComment(guest("Check out my channel and subscribe!!! http://spam-channel.example free money http://win.example"));
    expect(doubtful).toMatchObject({ status: "pending", reason: "spam-filter" });

    const ordinary = await submitComment(guest("The council moved the vote to Thursday, so the consultation is still open."));
    expect(ordinary).toMatchObject({ status: "pending", reason: "first-time-commenter" });
    const [plain] = await getDb().select().from(comments).where(eq(comments.id, ordinary.commentId!));
    expect(plain!.spamScore).toBeLessThan(0.5);
  });

  it("learns from approve and spam decisions, and an undo takes exactly that off again", async () => {
    await ensureSpamModel();
    const text = "Grandmother's allotment marrows won the county show again";
    const held = await submitComment(guest(text));
    const before = await snapshot();
    const scoreBefore = await scoreOf(text);

    const marked = await moderateComments({ actorId: moderatorId, action: "spam", items: [{ id: held.commentId!, expected: "pending" }] });
    expect(await getDb().select({ label: spamTraining.label }).from(spamTraining)).toEqual([{ label: "spam" }]);
    expect(await scoreOf(text)).toBeGreaterThan(scoreBefore);
    const afterSpam = await snapshot();

    // Not spam after all: the spam counts come off and the good ones go on.
    await moderateComments({ actorId: moderatorId, action: "not-spam", items: [{ id: held.commentId!, expected: "spam" }] });
    expect(await getDb().select({ label: spamTraining.label }).from(spamTraining)).toEqual([{ label: "ham" }]);
    expect(await scoreOf(text)).toBeLessThan(scoreBefore);

    // Back to the "spam" decision's state, then undo it: the model is as it was before it.
    const events = await getDb().execute(sql`select id from moderation_events where action <> 'undo' order by id desc limit 1`);
    const latest = (Array.isArray(events) ? events : (events as { rows: unknown[] }).rows)[0] as { id: number };
    await undoModeration({ actorId: moderatorId, eventId: latest.id });
    expect(await snapshot()).toBe(afterSpam);
    await undoModeration({ actorId: moderatorId, eventId: marked.eventId! });
    expect(await snapshot()).toBe(before);
    expect(await getDb().select().from(spamTraining)).toEqual([]);
  });

  it("approving teaches the filter good words, so the next comment like it scores lower", async () => {
    await ensureSpamModel();
    const first = await submitComment(guest("Subscribe to the parish newsletter for the flower show results"));
    expect(first).toMatchObject({ status: "pending" });
    const scoreBefore = await scoreOf("Subscribe to the parish newsletter for the bake sale");
    await moderateComments({ actorId: moderatorId, action: "approve", items: [{ id: first.commentId!, expected: "pending" }] });
    expect(await scoreOf("Subscribe to the parish newsletter for the bake sale")).toBeLessThan(scoreBefore);
    const [trained] = await getDb().select().from(spamTraining);
    expect(trained).toMatchObject({ commentId: first.commentId, label: "ham" });
    expect(trained!.tokens).toEqual(expect.arrayContaining(commentTokens({ body: "Subscribe to the parish newsletter for the flower show results" }).slice(0, 5)));
  });

  it("is one model for every app server: a decision through one is in the other's next score", async () => {
    await ensureSpamModel();
    const url = process.env.DATABASE_URL;
    if (!url) return; // The embedded database is one process: nothing else can open it.
    const other = openDatabase({ url, dataDir: "", maxConnections: 1 });
    try {
      const text = "Quarterly regatta timetable leaflet";
      const otherScore = async () => assessComment({ body: text }, { approvedBefore: null, ...(await readModelFor(other.db, tokensToLookUp({ body: text })))! }).score;
      const before = await otherScore();
      for (let i = 0; i < 3; i++) {
        const held = await submitComment(guest(`${text} number ${i}`));
        expect(held.outcome).toBe("accept");
        if (held.outcome === "accept") await moderateComments({ actorId: moderatorId, action: "spam", items: [{ id: held.commentId!, expected: held.status }] });
      }
      expect(await otherScore()).toBeGreaterThan(before);
    } finally {
      await other.close();
    }
  });

  it("admins reset it to the starter set, or retrain it with every decision", async () => {
    await ensureSpamModel();
    const starter = await snapshot();
    const held = await submitComment(guest("Rhubarb crumble recipe competition entries"));
    await moderateComments({ actorId: moderatorId, action: "spam", items: [{ id: held.commentId!, expected: "pending" }] });
    const learned = await snapshot();
    expect(learned).not.toBe(starter);
    expect(await rebuildSpamModel("retrain")).toMatchObject({ spam: starterExamples().filter((e) => e.spam).length + 1 });
    expect(await snapshot()).toBe(learned);
    await rebuildSpamModel("reset");
    expect(await snapshot()).toBe(starter);
    expect(await getDb().select().from(spamTraining)).toEqual([]);
  });

  it("scores a 65,000-character comment and binary junk without failing the submission", async () => {
    await ensureSpamModel();
    for (const body of ["spam ".repeat(13_000), Array.from({ length: 5000 }, (_, i) => String.fromCharCode(1 + (i % 500))).join("")]) {
      const result = await submitComment(guest(body.slice(0, 65_000)));
      expect(result.outcome).toBe("accept");
    }
    expect(await getDb().select({ n: sql<number>`count(*)::int` }).from(spamTokens)).not.toEqual([{ n: 0 }]);
  });
});
