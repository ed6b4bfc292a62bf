// Site search figures (issue 15): database time for a search at the size of a
// big archive (100,000 posts), common and rare words, phrases, exclusions, both orders.
import { searchPublishedPosts } from "@/db/queries/search";
import { getDb } from "@/lib/db";
import { heading, line, ms, percentile, sampleTimes } from "./stats";

export async function measureSearch(iterations = 20): Promise<void> {
  heading("Site search: database time per page of results (target ≤ 50 ms)");
  const queries: [string, string, "newest" | "relevance"][] = [
    ["a word in every post, newest first", "bench", "newest"],
    ["a word in every post, best match", "bench", "relevance"],
    ["a rare word", "99999", "relevance"],
    ["a phrase", '"bench post"', "relevance"],
    ["a word, excluding another", "bench -lead", "newest"],
    ["nothing matches", "zzqqxx", "relevance"],
  ];
  for (const [label, query, order] of queries) {
    const run = () => searchPublishedPosts(getDb(), { query, order, after: null, limit: 11, now: new Date() });
    const samples = await sampleTimes(run, iterations);
    line(label, `p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`);
  }
}
