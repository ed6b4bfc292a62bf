import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { comments, spamModel, spamTokens, spamTraining } from "../schema";

export interface SpamCountsRow {
  token: string;
  spam: number;
  ham: number;
}

/** The model's totals, or null before a model exists. */
export async function readSpamTotals(db: Database, { lock = false } = {}) {
  const query = db.select().from(spamModel).where(eq(spamModel.id, 1));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The counts for these tokens (those never seen are absent). */
export async function readSpamCounts(db: Database, tokens: string[]): Promise<SpamCountsRow[]> {
  if (tokens.length === 0) return [];
  return db.select().from(spamTokens).where(inArray(spamTokens.token, tokens));
}

/**
 * Adds (or, negative, takes off) counts; never below zero. Call with the model's
 * row locked (readSpamTotals with lock), which makes all learning one at a time.
 */
export async function addSpamCounts(db: Database, deltas: Map<string, { spam: number; ham: number }>, totals: { spam: number; ham: number }): Promise<void> {
  const rows = [...deltas].filter(([, delta]) => delta.spam !== 0 || delta.ham !== 0).map(([token, delta]) => ({ token, spam: delta.spam, ham: delta.ham }));
  for (let i = 0; i < rows.length; i += 5000) {
    const slice = sql`jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5000))}::jsonb) as d(token text, spam int, ham int)`;
    await db.execute(sql`insert into ${spamTokens} (token) select d.token from ${slice} on conflict (token) do nothing`);
    await db.execute(sql`
      update ${spamTokens} as t set spam = greatest(0, t.spam + d.spam), ham = greatest(0, t.ham + d.ham)
      from ${slice} where t.token = d.token`);
  }
  if (totals.spam !== 0 || totals.ham !== 0) {
    await db
      .update(spamModel)
      .set({ spamMessages: sql`greatest(0, ${spamModel.spamMessages} + ${totals.spam})`, hamMessages: sql`greatest(0, ${spamModel.hamMessages} + ${totals.ham})` })
      .where(eq(spamModel.id, 1));
  }
}

/** Replaces the whole model: every token's counts and the totals (reset and retrain). */
export async function replaceSpamModel(db: Database, counts: Map<string, { spam: number; ham: number }>, totals: { spam: number; ham: number }, starterVersion: number): Promise<void> {
  await db.execute(sql`truncate table ${spamTokens}`);
  const rows = [...counts].map(([token, c]) => ({ token, spam: c.spam, ham: c.ham }));
  for (let i = 0; i < rows.length; i += 5000) {
    await db.execute(sql`insert into ${spamTokens} (token, spam, ham) select d.token, d.spam, d.ham from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5000))}::jsonb) as d(token text, spam int, ham int)`);
  }
  await db
    .insert(spamModel)
    .values({ id: 1, spamMessages: totals.spam, hamMessages: totals.ham, starterVersion })
    .onConflictDoUpdate({ target: spamModel.id, set: { spamMessages: totals.spam, hamMessages: totals.ham, starterVersion, trainedAt: sql`now()` } });
}

/** What the model learned from these comments, locked until the caller's transaction ends. */
export async function lockTraining(db: Database, commentIds: number[]) {
  if (commentIds.length === 0) return [];
  return db.select().from(spamTraining).where(inArray(spamTraining.commentId, commentIds)).orderBy(asc(spamTraining.commentId)).for("update");
}

export async function saveTraining(db: Database, rows: { commentId: number; label: "spam" | "ham"; tokens: string[] }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(spamTraining)
    .values(rows)
    .onConflictDoUpdate({ target: spamTraining.commentId, set: { label: sql`excluded.label`, tokens: sql`excluded.tokens`, trainedAt: sql`now()` } });
}

export async function deleteTraining(db: Database, commentIds: number[]): Promise<void> {
  if (commentIds.length) await db.delete(spamTraining).where(inArray(spamTraining.commentId, commentIds));
}

/** Every moderation decision learned, for retraining. */
export async function listTraining(db: Database) {
  return db.select({ label: spamTraining.label, tokens: spamTraining.tokens }).from(spamTraining);
}

export async function countTraining(db: Database): Promise<{ spam: number; ham: number }> {
  const rows = await db.select({ label: spamTraining.label, n: sql<number>`count(*)::int` }).from(spamTraining).groupBy(spamTraining.label);
  return { spam: rows.find((row) => row.label === "spam")?.n ?? 0, ham: rows.find((row) => row.label === "ham")?.n ?? 0 };
}

/** What a comment was scored on (or its text, for one scored before the filter existed). */
export async function getCommentsForTraining(db: Database, commentIds: number[]) {
  if (commentIds.length === 0) return [];
  return db
    .select({ id: comments.id, tokens: comments.spamTokens, body: comments.body, name: comments.authorName, email: comments.authorEmail, url: comments.authorUrl })
    .from(comments)
    .where(inArray(comments.id, commentIds));
}

export async function countSpamTokens(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(spamTokens);
  return row?.n ?? 0;
}
