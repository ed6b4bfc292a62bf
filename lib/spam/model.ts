import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  addSpamCounts,
  countSpamTokens,
  countTraining,
  deleteTraining,
  getCommentsForTraining,
  listTraining,
  lockTraining,
  readSpamCounts,
  readSpamTotals,
  replaceSpamModel,
  saveTraining,
} from "@/db/queries/spam";
import { getDb } from "@/lib/db";
import { MemoryModel } from "./classifier";
import { trainModel } from "./evaluate";
import { commentTokens, CONTEXT_TOKENS } from "./features";
import { STARTER_VERSION, starterExamples } from "./starter";

// The filter's model in PostgreSQL, shared by every app server: read for each
// new comment, written when a moderator decides (and undoes), rebuilt by admins.

/** The tokens to look up for a comment before it is scored (its own and the context ones). */
export function tokensToLookUp(comment: { body: string; name?: string; email?: string; url?: string }): string[] {
  return [...commentTokens(comment), ...CONTEXT_TOKENS];
}

/** The model's totals and these tokens' counts, as the scorer wants them; null before any model exists. */
export async function readModelFor(db: Database, tokens: string[]) {
  const [totals, rows] = await Promise.all([readSpamTotals(db), readSpamCounts(db, tokens)]);
  if (!totals) return null;
  const counts = new Map(rows.map((row) => [row.token, { spam: row.spam, ham: row.ham }]));
  return { totals: { spam: totals.spamMessages, ham: totals.hamMessages }, lookup: (token: string) => counts.get(token) };
}

/** Builds the model from the starter set, plus every decision learned when `withDecisions`. In the caller's transaction. */
async function rebuild(tx: Database, withDecisions: boolean): Promise<{ spam: number; ham: number; tokens: number }> {
  // One rebuild at a time; learning waits on the model's row meanwhile.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('broadsheet:spam-model'))`);
  await readSpamTotals(tx, { lock: true });
  const model = trainModel(starterExamples(), new MemoryModel());
  if (withDecisions) for (const row of await listTraining(tx)) model.learn(row.tokens, row.label);
  await replaceSpamModel(tx, model.counts, model.totals, STARTER_VERSION);
  return { ...model.totals, tokens: model.counts.size };
}

/**
 * Makes sure a model exists: a new site's is trained from the starter set by the
 * release step (`npm run db:migrate`), the embedded database's start, or the
 * scheduled job, whichever comes first; until then comments are scored by the
 * rules alone. Every decision already recorded is learned too.
 */
export async function ensureSpamModel(db: Database = getDb()): Promise<boolean> {
  const existing = await readSpamTotals(db);
  if (existing && existing.starterVersion >= STARTER_VERSION) return false;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('broadsheet:spam-model'))`);
    const now = await readSpamTotals(tx);
    if (now && now.starterVersion >= STARTER_VERSION) return false;
    await rebuild(tx, true);
    return true;
  });
}

/** Admins: back to the starter set alone (every decision forgotten), or the starter set plus every decision. */
export async function rebuildSpamModel(mode: "reset" | "retrain"): Promise<{ spam: number; ham: number; tokens: number }> {
  return getDb().transaction(async (tx) => {
    if (mode === "reset") await tx.execute(sql`truncate table spam_training`);
    return rebuild(tx, mode === "retrain");
  });
}

export async function spamModelStats() {
  const db = getDb();
  const [totals, tokens, decisions] = await Promise.all([readSpamTotals(db), countSpamTokens(db), countTraining(db)]);
  return { totals, tokens, decisions };
}

type Label = "spam" | "ham";

/**
 * What a moderator's action teaches: approve and "not spam" say good, spam says
 * spam, unapprove withdraws what approval taught. Trash, restore and delete say
 * nothing about spam (off-topic is not spam); what was learned stays.
 */
function labelFor(action: string): Label | null | undefined {
  if (action === "approve" || action === "not-spam") return "ham";
  if (action === "spam") return "spam";
  if (action === "unapprove") return null;
  return undefined;
}

/**
 * Learns from a moderation action in its transaction (see setSpamLabels); returns
 * what each changed comment had taught before, for the action's undo.
 */
export async function learnFromDecisions(tx: Database, action: string, commentIds: number[]): Promise<Record<string, Label | "none">> {
  const label = labelFor(action);
  if (label === undefined || commentIds.length === 0) return {};
  return setSpamLabels(tx, new Map(commentIds.map((id) => [id, label])));
}

/** An undo: each comment teaches again exactly what it taught before the action. */
export async function restoreSpamLabels(tx: Database, before: Record<string, Label | "none"> | undefined): Promise<void> {
  if (!before) return;
  await setSpamLabels(tx, new Map(Object.entries(before).map(([id, label]) => [Number(id), label === "none" ? null : label])));
}

/**
 * Each comment's tokens counted once under its label (null: under none). A
 * changed label takes the old counts off first, so nothing is counted twice and
 * an undone decision leaves the counts exactly as they were.
 */
async function setSpamLabels(tx: Database, wanted: Map<number, Label | null>): Promise<Record<string, Label | "none">> {
  const changedFrom: Record<string, Label | "none"> = {};
  if (wanted.size === 0) return changedFrom;
  const ids = [...wanted.keys()];
  // Learning is one at a time (the model's row), so counts never race.
  const model = await readSpamTotals(tx, { lock: true });
  const [previous, comments] = await Promise.all([lockTraining(tx, ids), getCommentsForTraining(tx, ids)]);
  const before = new Map(previous.map((row) => [row.commentId, row]));
  const deltas = new Map<string, { spam: number; ham: number }>();
  const totals = { spam: 0, ham: 0 };
  const add = (tokens: string[], label: Label, sign: 1 | -1) => {
    totals[label] += sign;
    for (const token of new Set(tokens)) {
      const delta = deltas.get(token) ?? { spam: 0, ham: 0 };
      delta[label] += sign;
      deltas.set(token, delta);
    }
  };
  const save: { commentId: number; label: Label; tokens: string[] }[] = [];
  const forget: number[] = [];
  for (const comment of comments) {
    const label = wanted.get(comment.id)!;
    const old = before.get(comment.id);
    if ((old?.label ?? null) === label) continue;
    changedFrom[comment.id] = old?.label ?? "none";
    if (old) add(old.tokens, old.label, -1);
    if (label === null) {
      forget.push(comment.id);
      continue;
    }
    const tokens = comment.tokens ?? commentTokens({ body: comment.body, name: comment.name, email: comment.email ?? "", url: comment.url ?? "" });
    add(tokens, label, 1);
    save.push({ commentId: comment.id, label, tokens });
  }
  await saveTraining(tx, save);
  await deleteTraining(tx, forget);
  // Before a model exists the decisions are only recorded; the first build learns them.
  if (model) await addSpamCounts(tx, deltas, totals);
  return changedFrom;
}
