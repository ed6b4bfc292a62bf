// From a comment to the filter's verdict: its tokens (with what the database
// knows of the commenter and the domains it links to), the score, and the
// sentence moderators read. Pure: the counts come from whoever holds the model.
import { type ModelTotals, type Score, scoreTokens, type TokenCounts } from "./classifier";
import { type CommentForFilter, commentTokens, describeToken, historyToken, NEW_DOMAIN } from "./features";

export interface Assessment extends Score {
  /** Everything the comment was scored on; stored, so learning from it later is exact. */
  tokens: string[];
}

export function assessComment(
  comment: CommentForFilter,
  { approvedBefore, lookup, totals }: { approvedBefore: number | null; lookup: (token: string) => TokenCounts | undefined; totals: ModelTotals },
): Assessment {
  const tokens = commentTokens(comment);
  if (approvedBefore !== null) tokens.push(historyToken(approvedBefore));
  // A domain no good comment has linked to yet.
  if (tokens.some((token) => token.startsWith("domain:") && (lookup(token)?.ham ?? 0) === 0)) tokens.push(NEW_DOMAIN);
  return { ...scoreTokens(tokens, lookup, totals), tokens };
}

export interface SpamThresholds {
  /** At or above: spam. */
  spam: number;
  /** At or above (and below `spam`): held for a moderator. */
  hold: number;
}

export type Verdict = "spam" | "hold" | "pass";

export function verdictFor(score: number, thresholds: SpamThresholds): Verdict {
  if (score >= thresholds.spam) return "spam";
  if (score >= thresholds.hold) return "hold";
  return "pass";
}

/** The clues that pushed towards spam, as moderators read them: "'subscribe', 3 links, new domain". */
export function spamReasons(score: Score, max = 3): string[] {
  return score.clues
    .filter((clue) => clue.probability > 0.5)
    .slice(0, max)
    .map((clue) => describeToken(clue.token));
}

/** "Looks like spam (score 0.87: 'subscribe', 3 links, new domain)". */
export function describeVerdict(score: number, reasons: readonly string[]): string {
  return `Looks like spam (score ${score.toFixed(2)}${reasons.length ? `: ${reasons.join(", ")}` : ""})`;
}
