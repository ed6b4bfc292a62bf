// WordPress import figures (issue 16): speed and peak memory importing a
// generated export with 100,000 comments, next to a fifth of it, so a memory
// figure that grew with the file would show.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import type { Database } from "@/db/client";
import { importWordPress } from "@/lib/wordpress/import";
import type { WxrComment } from "@/lib/wordpress/wxr-reader";
import { wxrFooter, wxrHeader, wxrItem } from "@/lib/wordpress/wxr-writer";
import { heading, line } from "./stats";

const WORDS = "harbour council ferry budget library festival tide housing buses traders rowing hospital water bookshop".split(" ");
const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(" ");

/** An export of `posts` posts with `perPost` comments each (a third of them replies), streamed to disk. */
async function writeExport(file: string, site: string, posts: number, perPost: number): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(wxrHeader({ title: "Bench", link: site }, [{ login: "bench", email: "bench-author@example.test", displayName: "Bench Author" }]));
  let commentId = 1;
  for (let p = 1; p <= posts; p++) {
    const comments: Partial<WxrComment>[] = [];
    for (let c = 0; c < perPost; c++, commentId++) {
      comments.push({
        id: String(commentId),
        author: `Reader ${commentId % 5000}`,
        authorEmail: `reader${commentId % 5000}@example.test`,
        authorIp: `10.1.${commentId % 250}.${commentId % 200}`,
        dateGmt: "2024-03-01 10:00:00",
        content: `${words(commentId, 60)}.\n\n${words(commentId + 1, 30)}.`,
        approved: commentId % 10 === 0 ? "0" : "1",
        parent: c % 3 === 2 ? String(commentId - 1) : "0",
      });
    }
    await write(
      wxrItem({
        title: `Bench story ${p}`,
        postId: String(p),
        postName: `bench-story-${p}`,
        link: `${site}/2024/03/01/bench-story-${p}/`,
        creator: "bench",
        postDateGmt: "2024-03-01 09:00:00",
        status: "publish",
        content: `<!-- wp:paragraph --><p>${words(p, 400)}</p><!-- /wp:paragraph -->\n<h2>More</h2><p>${words(p + 3, 300)}</p>`,
        terms: [{ domain: "category", slug: `section-${p % 8}`, name: `Section ${p % 8}` }],
        comments: comments as WxrComment[],
      }),
    );
  }
  await write(wxrFooter);
  out.end();
  await once(out, "finish");
}

async function importOnce(db: Database, file: string) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const report = await importWordPress(db, file);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { report, seconds, growthMb: (peak - before) / 1024 / 1024, peakMb: peak / 1024 / 1024 };
}

export async function measureImport(db: Database, comments = 100_000): Promise<void> {
  heading(`WordPress import: ${comments.toLocaleString("en-GB")} comments (target ≥ 1,000 comments/s, flat memory)`);
  const dir = await mkdtemp(path.join(tmpdir(), "bench-wxr-"));
  try {
    const perPost = 50;
    const runs: [string, number][] = [
      ["a fifth of it", Math.round(comments / 5)],
      ["all of it", comments],
    ];
    const results = [];
    for (const [label, total] of runs) {
      const file = path.join(dir, `${total}.xml`);
      await writeExport(file, `https://bench-${total}.example`, Math.ceil(total / perPost), perPost);
      const size = (await stat(file)).size / 1024 / 1024;
      const result = await importOnce(db, file);
      results.push(result);
      line(
        `${label}: ${size.toFixed(0)} MB, ${result.report.created.posts.toLocaleString("en-GB")} posts`,
        `${result.seconds.toFixed(1)} s (checking + importing), ${Math.round(result.report.created.comments / result.seconds).toLocaleString("en-GB")} comments/s, memory peak ${result.peakMb.toFixed(0)} MB (+${result.growthMb.toFixed(0)} MB over the start)`,
      );
    }
    const [small, large] = results;
    line("memory growth, 5× the file", `${(large!.growthMb / Math.max(small!.growthMb, 1)).toFixed(2)}× (flat ≈ 1×)`);
    const again = await importOnce(db, path.join(dir, `${comments}.xml`));
    line("the same file again (nothing to create)", `${again.seconds.toFixed(1)} s, ${again.report.created.comments} comments created, ${again.report.existing.comments.toLocaleString("en-GB")} found`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
