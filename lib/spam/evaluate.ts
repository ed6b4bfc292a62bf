// Measuring the filter on labelled comments: train on some, score others the
// model never saw, count what each threshold would have done. Pure.
import { MemoryModel } from "./classifier";
import { commentTokens } from "./features";
import type { SpamThresholds } from "./assess";

export interface Labelled {
  content: string;
  spam: boolean;
}

export interface AtThreshold {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Good comments at or above the threshold, as a share of all good ones. */
  falsePositiveRate: number;
}

export interface Evaluation {
  tested: number;
  spam: AtThreshold;
  /** Spam or held: what readers never see without a moderator. */
  hold: AtThreshold;
}

export function trainModel(examples: readonly Labelled[], model = new MemoryModel()): MemoryModel {
  for (const example of examples) model.learn(commentTokens({ body: example.content }), example.spam ? "spam" : "ham");
  return model;
}

function atThreshold(scored: { score: number; spam: boolean }[], threshold: number): AtThreshold {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { score, spam } of scored) {
    const flagged = score >= threshold;
    if (flagged && spam) tp++;
    else if (flagged) fp++;
    else if (spam) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { threshold, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), falsePositiveRate: fp + tn === 0 ? 0 : fp / (fp + tn) };
}

export function evaluate(model: MemoryModel, test: readonly Labelled[], thresholds: SpamThresholds): Evaluation {
  const scored = test.map((example) => ({ score: model.score(commentTokens({ body: example.content })).score, spam: example.spam }));
  return { tested: test.length, spam: atThreshold(scored, thresholds.spam), hold: atThreshold(scored, thresholds.hold) };
}

/** Deterministic shuffle (a seeded LCG), so k-fold figures repeat run to run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** k-fold cross-validation: each fold scored by a model trained on the others (plus `base`), pooled. */
export function crossValidate(data: readonly Labelled[], k: number, thresholds: SpamThresholds, { base = [] as readonly Labelled[], seed = 42 } = {}): Evaluation {
  const order = shuffled(data, seed);
  const scored: { score: number; spam: boolean }[] = [];
  for (let fold = 0; fold < k; fold++) {
    const test = order.filter((_, i) => i % k === fold);
    const model = trainModel([...base, ...order.filter((_, i) => i % k !== fold)]);
    for (const example of test) scored.push({ score: model.score(commentTokens({ body: example.content })).score, spam: example.spam });
  }
  return { tested: scored.length, spam: atThreshold(scored, thresholds.spam), hold: atThreshold(scored, thresholds.hold) };
}
