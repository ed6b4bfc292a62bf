// Dashboard figures (issue 18): every query the dashboard runs, at the size of a
// busy site, one by one (database time) and all together as the page runs them.
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { getDb } from "@/lib/db";
import {
  authorPostFigures,
  commentsPerDay,
  moderationSpeed,
  mostDiscussedPosts,
  oldestHeldAt,
  postsAwaitingReview,
  postsPublishedPerWeek,
  spamByReason,
  upcomingScheduledPosts,
} from "@/db/queries/dashboard";
import { loadDashboard } from "@/lib/dashboard/load";
import { lastDays, lastWeeks } from "@/lib/dashboard/series";
import { heading, line, ms, percentile, sampleTimes } from "./stats";

const DAY_MS = 86_400_000;


/** Brings the posts table up to `total` rows: published over two years, some scheduled, pending and drafts. */
export async function seedPosts(total: number): Promise<void> {
  const db = getDb();
  const [author] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where role in ('author', 'editor', 'admin') order by created_at limit 1`));
  const n = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from posts`))[0]!.n;
  if (n >= total || !author) return;
  await db.execute(sql`
    insert into posts (slug, headline, lead, body, status, author_id, published_at, updated_at, version)
    select 'bench-post-' || g, 'Bench post ' || g, 'Lead', 'Body',
      (case when g % 50 = 0 then 'scheduled' when g % 37 = 0 then 'pending' when g % 23 = 0 then 'draft' else 'published' end)::post_status,
      ${author.id},
      case when g % 50 = 0 then now() + (g % 30) * interval '1 day'
           when g % 37 = 0 or g % 23 = 0 then null
           else now() - (g * interval '10 minutes') end,
      now() - (g * interval '10 minutes'), 1
    from generate_series(1, ${total - n}) g`);
  await db.execute(sql`analyze posts`);
}

export async function measureDashboard(iterations = 20): Promise<void> {
  const db = getDb();
  await db.execute(sql`analyze comments`);
  const { comments, posts } = rowsOf<{ comments: number; posts: number }>(await db.execute(sql`select (select count(*) from comments)::int as comments, (select count(*) from posts)::int as posts`))[0]!;
  heading(`Dashboard: database time at ${comments.toLocaleString("en-GB")} comments and ${posts.toLocaleString("en-GB")} posts (target ≤ 100 ms)`);
  const now = new Date();
  const days = lastDays(now, 30);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const authorId = rowsOf<{ id: string }>(await db.execute(sql`select author_id as id from posts group by author_id order by count(*) desc limit 1`))[0]!.id;
  const queries: [string, () => Promise<unknown>][] = [
    ["comments per day, 30 days (counters)", () => commentsPerDay(db, days[0]!)],
    ["spam by rule, 30 days (counters)", () => spamByReason(db, days[0]!)],
    ["oldest held comment", () => oldestHeldAt(db, { publicOnly: true })],
    ["median time to a decision, 2 weeks", () => moderationSpeed(db, { weekAgo, twoWeeksAgo: new Date(now.getTime() - 14 * DAY_MS) })],
    ["five most discussed posts this week (counters)", () => mostDiscussedPosts(db, { from: days[days.length - 7]!, publicOnly: true })],
    ["posts published per week, 12 weeks", () => postsPublishedPerWeek(db, new Date(`${lastWeeks(now, 12)[0]!}T00:00:00Z`))],
    ["scheduled posts coming up", () => upcomingScheduledPosts(db)],
    ["posts waiting for review", () => postsAwaitingReview(db)],
    ["an author's posts with comment counts", () => authorPostFigures(db, authorId)],
  ];
  let sum = 0;
  for (const [label, run] of queries) {
    const samples = await sampleTimes(run, iterations);
    sum += percentile(samples, 50);
    line(label, `p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`);
  }
  line("all of them one after another (p50s added)", `${ms(sum)} (target ≤ 100 ms: ${(sum / 100).toFixed(2)}× of it)`);
  const whole: number[] = [];
  for (const role of ["admin", "moderator", "author"] as const) {
    const [actor] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where role = ${role} limit 1`));
    if (!actor) continue;
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      await loadDashboard({ id: actor.id, role }, now);
      whole.push(performance.now() - started);
    }
    line(`the whole dashboard for ${role === "admin" ? "an" : "a"} ${role}, as the page runs it`, `p50 ${ms(percentile(whole, 50))}, p95 ${ms(percentile(whole, 95))}`);
    whole.length = 0;
  }
}
