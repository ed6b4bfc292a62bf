// Texts built to be as expensive as possible for a Markdown parser, each filling
// the whole length limit: deep nesting, long runs of emphasis and brackets, many
// links, many tiny paragraphs, and seeded random soups of markup characters.
// Shared by the unit tests (never throws) and `npm run bench` (how long).

const PATTERNS: Record<string, string> = {
  "nested lists": "- ",
  "nested quotes": "> ",
  "quotes and lists": "> - ",
  "emphasis run": "*a",
  "underscore run": "_a",
  "mixed emphasis": "*_",
  "strong run": "**a",
  "strikethrough run": "~~a",
  "open brackets": "[",
  "unclosed links": "[a](",
  "link labels": "[a]",
  "images": "![a](b ",
  backticks: "`a",
  "angle brackets": "<a",
  "bare links": "https://a.example ",
  "www links": "www.a.example ",
  emails: "a@b.example ",
  "one-line paragraphs": "a\n\n",
  "soft breaks": "a\n",
  "hard breaks": "a  \n",
  fences: "```\n",
  entities: "&#x41;",
  escapes: "\\*",
  "table rows": "|a|b|\n|-|-|\n",
  headings: "# a\n",
  "ordered lists": "1. ",
  "indented code": "    a\n",
  "reference definitions": "[a]: https://a.example\n",
};

function fill(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

/** A small deterministic generator, so every run measures the same texts. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function soup(seed: number, alphabet: string, length: number): string {
  const random = seededRandom(seed);
  let text = "";
  while (text.length < length) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

export function worstCaseTexts(length: number): Array<{ name: string; text: string }> {
  const cases = Object.entries(PATTERNS).map(([name, pattern]) => ({ name, text: fill(pattern, length) }));
  cases.push({ name: "deep list indentation", text: Array.from({ length: 400 }, (_, i) => `${" ".repeat(i * 2)}- a`).join("\n").slice(0, length) });
  cases.push({ name: "long prose", text: fill("Lorem ipsum dolor sit amet, *consectetur* adipiscing elit, see [the report](https://example.org/r).\n\n", length) });
  for (let seed = 1; seed <= 4; seed++) {
    cases.push({ name: `markup soup ${seed}`, text: soup(seed, "*_`[]()<>!\\~#-|>\n a:/@&", length) });
  }
  return cases;
}
