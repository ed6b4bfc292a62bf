// Spam filter figures (issue 17): how long scoring one comment takes, from its
// text to the verdict, on a model trained from the starter set; ordinary
// comments and hostile ones. Pure: the database lookup is part of the
// submission's first pipelined batch and shows in the submission figures.
import { assessComment } from "@/lib/spam/assess";
import { trainModel } from "@/lib/spam/evaluate";
import { starterExamples } from "@/lib/spam/starter";
import { heading, line, ms, percentile } from "./stats";

export function measureSpamScoring(): void {
  heading("Spam filter: scoring one comment (target ≤ 1 ms)");
  const examples = starterExamples();
  const model = trainModel(examples);
  const lookup = (token: string) => model.counts.get(token);
  const score = (body: string) => {
    const started = performance.now();
    assessComment({ body, name: "Reader", email: "reader@example.test", url: "" }, { approvedBefore: 0, lookup, totals: model.totals });
    return performance.now() - started;
  };
  for (let i = 0; i < 200; i++) score(examples[i % examples.length]!.content); // warm up
  const ordinary = examples.map((example) => score(example.content));
  line(`starter comments (${ordinary.length})`, `p50 ${ms(percentile(ordinary, 50))}, p99 ${ms(percentile(ordinary, 99))}, max ${ms(Math.max(...ordinary))}`);
  const hostile: [string, string][] = [
    ["65,000 characters of one word", "subscribe ".repeat(6_500)],
    ["65,000 characters of distinct words", Array.from({ length: 9_000 }, (_, i) => `w${i.toString(36)}`).join(" ")],
    ["binary junk", Array.from({ length: 65_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join("")],
    ["a million repeated tokens", "spam ".repeat(1_000_000)],
    ["5,000 links", "http://a.example/x ".repeat(5_000)],
  ];
  for (const [label, body] of hostile) {
    const runs = Array.from({ length: 5 }, () => score(body));
    line(label, `p50 ${ms(percentile(runs, 50))}, max ${ms(Math.max(...runs))}`);
  }
}
