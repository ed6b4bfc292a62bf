import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "./client";

// A large comment load for trying the moderation queue at scale (`npm run db:seed
// -- --large`) and for the benchmark: comments spread over every published post,
// from thousands of commenters, in the mix of statuses a busy site has.

const WORDS = [
  "harbour", "ferry", "council", "budget", "library", "festival", "tide", "barrier", "housing", "buses",
  "cycle", "lane", "traders", "rowing", "seagrass", "hospital", "triage", "sensors", "water", "mains",
  "bookshop", "readers", "warehouse", "homes", "stadium", "equaliser", "night", "shift", "parking", "rent",
];

export async function seedLargeComments(
  db: Database,
  options: { total: number; batch?: number; onProgress?: (done: number, total: number) => void },
): Promise<void> {
  const batch = options.batch ?? 10_000;
  const words = `{${WORDS.join(",")}}`;
  const postIds: unknown = await db.execute(sql`select id from posts where status = 'published' order by id`);
  const ids = ((Array.isArray(postIds) ? postIds : (postIds as { rows: unknown[] }).rows) as { id: number }[]).map((row) => Number(row.id));
  if (ids.length === 0) throw new Error("Seed the demo content first: there are no published posts.");
  const postArray = `{${ids.join(",")}}`;

  // The status counters are rebuilt once at the end instead of row by row.
  await db.execute(sql`alter table comments disable trigger comments_status_counts`);
  try {
    for (let start = 0; start < options.total; start += batch) {
      const size = Math.min(batch, options.total - start);
      await db.execute(sql`
        insert into comments (post_id, author_name, author_email, author_url, body, status, previous_status, moderation_reason, ip, user_agent, report_count, created_at, updated_at)
        select
          (${postArray}::int[])[1 + (g * 7) % ${ids.length}::int],
          'Commenter ' || (g % 20000),
          'commenter' || (g % 20000) || '@example.test',
          case when g % 9 = 0 then 'https://example.org/' || (g % 20000) end,
          initcap(w1) || ' and ' || w2 || ': comment ' || g || ' on the ' || w3 || ' story, with more to say about the ' || w1 || '.',
          s.status::comment_status,
          case when s.status in ('spam', 'trash') then 'pending'::comment_status end,
          case s.status when 'pending' then 'first-time-commenter' when 'spam' then 'disallowed-keyword' end,
          '10.' || (g % 200) || '.' || ((g / 200) % 250) || '.' || (g % 250),
          'Mozilla/5.0 (seed)',
          case when g % 97 = 0 then 1 + g % 3 else 0 end,
          now() - ((${options.total}::int - g) * interval '5 seconds'),
          now() - ((${options.total}::int - g) * interval '5 seconds')
        from generate_series(${start + 1}::int, ${start + size}::int) g
        cross join lateral (select
          (${words}::text[])[1 + g % 30] as w1,
          (${words}::text[])[1 + (g / 30) % 30] as w2,
          (${words}::text[])[1 + (g / 900) % 30] as w3,
          case when g % 100 < 80 then 'approved' when g % 100 < 90 then 'pending' when g % 100 < 96 then 'spam' else 'trash' end as status) s`);
      options.onProgress?.(start + size, options.total);
    }
  } finally {
    await db.execute(sql`alter table comments enable trigger comments_status_counts`);
  }
  // The trigger was off for the bulk insert: recount from scratch, all in shard 0.
  await db.execute(sql`delete from comment_status_counts`);
  await db.execute(sql`
    insert into comment_status_counts (status, shard, count)
    select s.status, 0, (select count(*) from comments c where c.status = s.status)
    from unnest(enum_range(null::comment_status)) as s(status)`);
  await db.execute(sql`analyze comments`);
}

/** A one-line progress bar on stderr, redrawn in place. */
export function progressBar(label: string): (done: number, total: number) => void {
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")}`);
    if (done >= total) process.stderr.write("\n");
  };
}
