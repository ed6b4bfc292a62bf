// A Robinson–Fisher token filter (Gary Robinson's method, as SpamBayes uses it):
// each token's spam probability from how many spam and good comments held it,
// pulled towards 0.5 while evidence is thin; the strongest clues combined with
// Fisher's chi-square method into one score in [0, 1]. It learns by counting, so
// unlearning (a decision undone) is exact: the same counts come off again. Pure.

export interface TokenCounts {
  spam: number;
  ham: number;
}

export interface ModelTotals {
  /** Spam and good comments learned. */
  spam: number;
  ham: number;
}

export interface Clue {
  token: string;
  /** This token's spam probability, 0..1. */
  probability: number;
}

export interface Score {
  score: number;
  /** The tokens that decided it, strongest first. */
  clues: Clue[];
}

/** How strongly an unseen token is pulled to UNKNOWN_PROBABILITY (SpamBayes' defaults). */
const STRENGTH = 0.45;
const UNKNOWN_PROBABILITY = 0.5;
/** Tokens closer to 0.5 than this say nothing and are left out. */
const MIN_STRENGTH = 0.1;
const MAX_CLUES = 150;

/** Robinson's f(w): the token's spam probability, shrunk towards 0.5 by how little it was seen. */
export function tokenProbability(counts: TokenCounts | undefined, totals: ModelTotals): number {
  const spam = Math.max(0, counts?.spam ?? 0);
  const ham = Math.max(0, counts?.ham ?? 0);
  const n = spam + ham;
  if (n === 0 || totals.spam === 0 || totals.ham === 0) return UNKNOWN_PROBABILITY;
  const spamRatio = Math.min(1, spam / totals.spam);
  const hamRatio = Math.min(1, ham / totals.ham);
  const p = spamRatio / (spamRatio + hamRatio);
  return (STRENGTH * UNKNOWN_PROBABILITY + n * p) / (STRENGTH + n);
}

/** P(χ² ≥ x2) with v (even) degrees of freedom. */
function chi2Q(x2: number, v: number): number {
  const m = x2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < v / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}

export function scoreTokens(tokens: readonly string[], lookup: (token: string) => TokenCounts | undefined, totals: ModelTotals): Score {
  const clues: Clue[] = [];
  for (const token of new Set(tokens)) {
    const probability = tokenProbability(lookup(token), totals);
    if (Math.abs(probability - 0.5) >= MIN_STRENGTH) clues.push({ token, probability });
  }
  clues.sort((a, b) => Math.abs(b.probability - 0.5) - Math.abs(a.probability - 0.5) || a.token.localeCompare(b.token));
  const used = clues.slice(0, MAX_CLUES);
  if (used.length === 0) return { score: 0.5, clues: [] };
  let logSpam = 0;
  let logHam = 0;
  for (const clue of used) {
    // Clamped so that one token seen only in spam can't alone make the score 1.
    const p = Math.min(0.99, Math.max(0.01, clue.probability));
    logHam += Math.log(p);
    logSpam += Math.log(1 - p);
  }
  const n = used.length;
  const spamminess = 1 - chi2Q(-2 * logSpam, 2 * n);
  const hamminess = 1 - chi2Q(-2 * logHam, 2 * n);
  return { score: (spamminess - hamminess + 1) / 2, clues: used };
}

/** A model held in memory: for the evaluation command and the starter set. */
export class MemoryModel {
  readonly counts = new Map<string, TokenCounts>();
  readonly totals: ModelTotals = { spam: 0, ham: 0 };

  learn(tokens: readonly string[], label: "spam" | "ham", times = 1): void {
    this.totals[label] += times;
    for (const token of new Set(tokens)) {
      const counts = this.counts.get(token) ?? { spam: 0, ham: 0 };
      counts[label] += times;
      this.counts.set(token, counts);
    }
  }

  unlearn(tokens: readonly string[], label: "spam" | "ham"): void {
    this.learn(tokens, label, -1);
  }

  score(tokens: readonly string[]): Score {
    return scoreTokens(tokens, (token) => this.counts.get(token), this.totals);
  }
}
