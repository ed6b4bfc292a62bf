// Shaping the dashboard's figures for charts: every day or week present (zeros
// where nothing happened), durations in words. Pure.

export const COMMENT_OUTCOMES = ["approved", "pending", "spam", "trash"] as const;
export type CommentOutcome = (typeof COMMENT_OUTCOMES)[number];

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a UTC day. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** The `days` UTC days ending today, oldest first. */
export function lastDays(now: Date, days: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => utcDay(new Date(today - (days - 1 - i) * DAY_MS)));
}

/** The Mondays (UTC) of the `weeks` weeks ending with this one, oldest first. */
export function lastWeeks(now: Date, weeks: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: weeks }, (_, i) => utcDay(new Date(monday - (weeks - 1 - i) * 7 * DAY_MS)));
}

export interface DayOutcomes {
  day: string;
  counts: Record<CommentOutcome, number>;
  total: number;
}

/** One entry per day, each outcome counted (statuses other than the four are left out). */
export function commentsByDay(days: string[], rows: { day: string; status: string; n: number }[]): DayOutcomes[] {
  const byDay = new Map(days.map((day) => [day, { approved: 0, pending: 0, spam: 0, trash: 0 }]));
  for (const row of rows) {
    const counts = byDay.get(row.day);
    if (counts && (COMMENT_OUTCOMES as readonly string[]).includes(row.status)) counts[row.status as CommentOutcome] += row.n;
  }
  return days.map((day) => {
    const counts = byDay.get(day)!;
    return { day, counts, total: COMMENT_OUTCOMES.reduce((sum, outcome) => sum + counts[outcome], 0) };
  });
}

/** One entry per week, zero where nothing was published. */
export function postsByWeek(weeks: string[], rows: { week: string; n: number }[]): { week: string; n: number }[] {
  const counts = new Map(rows.map((row) => [row.week, row.n]));
  return weeks.map((week) => ({ week, n: counts.get(week) ?? 0 }));
}

/** "45 s", "12 min", "3 h 5 min", "2 days 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} days ${hours % 24} h` : `${days} days`;
}

/** How the reason a comment went to spam reads on the dashboard. */
export const SPAM_REASON_LABELS: Record<string, string> = {
  "spam-filter": "The learning spam filter",
  honeypot: "Hidden bot field filled",
  "too-fast": "Sent faster than a person types",
  "disallowed-keyword": "Block list",
  "blocked-commenter": "Blocked commenter",
  "first-time-commenter": "Moderators (held as a first comment)",
  "too-many-links": "Moderators (held for links)",
  "moderation-keyword": "Moderators (held by the moderation list)",
  "manual-approval": "Moderators (held for approval)",
  "previously-approved": "Moderators (was published)",
  staff: "Moderators",
  "": "Moderators",
};
