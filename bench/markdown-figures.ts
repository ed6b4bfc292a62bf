// How long the Markdown pipelines take on the most expensive texts we can build,
// at the full length limits. Figures only.
import { LIMITS } from "@/lib/comments/rules";
import { MAX_BODY_CHARS } from "@/lib/posts/post-input";
import { renderCommentMarkdown } from "@/lib/markdown/comment";
import { renderPostMarkdown } from "@/lib/markdown/post";
import { worstCaseTexts } from "@/lib/markdown/worst-cases";
import { heading, line, ms, percentile } from "./stats";

function time(render: (text: string) => string, text: string, runs: number): { samples: number[]; threw: boolean } {
  const samples: number[] = [];
  let threw = false;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    try {
      render(text);
    } catch {
      threw = true;
    }
    samples.push(performance.now() - started);
  }
  return { samples, threw };
}

function measure(label: string, render: (text: string) => string, length: number, target: number) {
  heading(`${label}: worst cases at ${length.toLocaleString("en-GB")} characters (5 runs each, after a warm-up)`);
  for (const { text } of worstCaseTexts(1_000)) render(text);
  let worst = { name: "", value: 0 };
  let failures = 0;
  for (const { name, text } of worstCaseTexts(length)) {
    const { samples, threw } = time(render, text, 5);
    const p50 = percentile(samples, 50);
    const max = Math.max(...samples);
    if (threw) failures++;
    if (max > worst.value) worst = { name, value: max };
    line(`  ${name}`, `p50 ${ms(p50)}, max ${ms(max)}${threw ? ", THREW" : ""}`);
  }
  line(`${label}: slowest case`, `${worst.name}, ${ms(worst.value)} (target ≤ ${target} ms: ${(worst.value / target).toFixed(2)}× of it)`);
  line(`${label}: cases that threw`, String(failures));
}

export function measureMarkdown(): void {
  measure("comment Markdown", renderCommentMarkdown, LIMITS.body, 50);
  measure("post Markdown", renderPostMarkdown, MAX_BODY_CHARS, 200);
}
