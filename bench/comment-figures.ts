import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { listApprovedThreads } from "@/db/queries/comments/threads";
import { posts, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { submitComment } from "@/lib/comments/submit-comment";
import { heading, line, mean, ms, pool, summary } from "./stats";

export const THREAD_SIZES = [50, 5000] as const;
export const POSTS_PER_SIZE = 6;

/** Published posts with approved comment threads of each size (a tenth of them replies). Returns slugs by size. */
export async function seedThreads(): Promise<Record<number, { id: number; slug: string }[]>> {
  const db = getDb();
  const [author] = await db
    .insert(users)
    .values({ email: "bench-author@example.test", name: "Bench Author", role: "author" })
    .returning({ id: users.id });
  const bySize: Record<number, { id: number; slug: string }[]> = {};
  for (const size of THREAD_SIZES) {
    bySize[size] = [];
    for (let n = 1; n <= POSTS_PER_SIZE; n++) {
      const slug = `bench-${size}-comments-${n}`;
      const [post] = await db
        .insert(posts)
        .values({
          slug,
          headline: `A story with ${size} comments (${n})`,
          kicker: "Bench",
          lead: "Seeded by npm run bench.",
          body: "## A subheading\n\nThe body of the story, long enough to be a paragraph or two.\n\n> A quote.",
          status: "published",
          publishedAt: new Date(Date.now() - 86_400_000),
          authorId: author!.id,
        })
        .returning({ id: posts.id });
      const top = Math.round(size * 0.9);
      await db.execute(sql`
        insert into comments (post_id, author_name, author_email, body, status, ip, created_at)
        select ${post!.id}::int, 'Reader ' || g, 'reader' || g || '@example.test',
               'Comment number ' || g || ' with *a little* Markdown and a [link](https://example.org/' || g || ').',
               'approved', '10.0.' || (g / 250) || '.' || (g % 250), now() - interval '1 day' + (g || ' seconds')::interval
        from generate_series(1, ${top}::int) g`);
      await db.execute(sql`
        insert into comments (post_id, parent_id, root_id, depth, author_name, author_email, body, status, ip, created_at)
        select ${post!.id}::int, r.id, r.id, 1, 'Replier ' || g, 'replier' || g || '@example.test', 'A reply, number ' || g || '.',
               'approved', '10.1.' || (g / 250) || '.' || (g % 250), now() - interval '1 hour' + (g || ' seconds')::interval
        from generate_series(1, ${size - top}::int) g
        join lateral (
          select id from comments where post_id = ${post!.id}::int and parent_id is null order by created_at, id offset ((g * 7919) % ${top}::int) limit 1
        ) r on true`);
      bySize[size].push({ id: post!.id, slug });
    }
  }
  await db.execute(sql`analyze`);
  return bySize;
}

/** Comment submissions through the real service (one transaction each), from distinct guests at once. */
export async function measureSubmissions(postId: number, total = 400, concurrency = 8): Promise<void> {
  heading(`Comment submissions (${total} guests, ${concurrency} at a time, one transaction each; target ≥ 340/s)`);
  // Two rounds: the first on fresh connections (each prepares its statements and
  // PostgreSQL makes its first custom plans), the second as a running server sees it.
  let next = 0;
  for (const round of ["first round (fresh connections)", "second round (warm)"]) {
    const latencies: number[] = [];
    const started = performance.now();
    const results = await pool(total, concurrency, async () => {
      const i = next++;
      const t0 = performance.now();
      const result = await submitComment({
        postId,
        parentId: null,
        name: `Bench Guest ${i}`,
        email: `bench.guest.${i}@example.test`,
        url: "",
        body: `Benchmark comment ${i}: the night buses are back, and about time.`,
        honeypot: "",
        elapsedMs: 20_000,
        viewer: null,
        ip: `172.16.${Math.floor(i / 250)}.${i % 250}`,
        userAgent: "broadsheet-bench",
      });
      latencies.push(performance.now() - t0);
      return result;
    });
    const seconds = (performance.now() - started) / 1000;
    const accepted = results.filter((result) => result.outcome === "accept").length;
    line(`${round}: accepted`, `${accepted} of ${total}, ${(accepted / seconds).toFixed(1)} /s`);
    line(`${round}: latency`, summary(latencies));
  }
}

/** The uncached thread query behind page 1 of an article, at each thread size. */
export async function measureThreadQueries(bySize: Record<number, { id: number }[]>, iterations = 200): Promise<Record<number, number>> {
  heading(`First page of comments, straight from the database (${iterations} reads each, no cache)`);
  const means: Record<number, number> = {};
  for (const size of THREAD_SIZES) {
    const samples: number[] = [];
    const ids = bySize[size]!.map((post) => post.id);
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      const page = await listApprovedThreads(getDb(), { postId: ids[i % ids.length]!, perPage: 50 });
      samples.push(performance.now() - t0);
      if (page.comments.length === 0) throw new Error("bench thread is empty");
    }
    means[size] = mean(samples);
    line(`${size.toLocaleString("en-GB")} comments`, summary(samples));
  }
  const [small, large] = THREAD_SIZES;
  line(`ratio ${large} : ${small}`, `${(means[large]! / means[small]!).toFixed(2)}x  (${ms(means[large]!)} vs ${ms(means[small]!)})`);
  return means;
}

/** A moderator account for the queue figures over HTTP. */
export async function createBenchModerator(): Promise<{ email: string; password: string }> {
  const email = "bench-moderator@example.test";
  const password = "bench moderator passphrase";
  await getDb()
    .insert(users)
    .values({ email, name: "Bench Moderator", role: "moderator", passwordHash: await hashPassword(password), emailVerified: new Date() })
    .onConflictDoNothing();
  return { email, password };
}
