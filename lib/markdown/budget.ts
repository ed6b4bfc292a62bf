// Markdown parsers spend time per construct, not per character: thousands of
// emphasis markers, brackets, links or one-line paragraphs cost far more than the
// same length of prose. A comment is rendered as Markdown up to a fixed budget of
// such constructs and as plain text after it, so no text within the length limits
// can keep the server busy. The costs were calibrated with `npm run bench`.

const LINK_COST = 12;
// A line starts a block (paragraph, quote, list item) and is dearer than a mark.
const LINE_COST = 4;
const MARKUP = new Set(["*", "_", "~", "`", "[", "]", "<", ">", "!", "&", "\\", "|", "#", "-", "+", "="]);

/**
 * Where the text's markup cost first passes `budget`: the index to cut at (the
 * start of that line when there is one), or the text's length when it fits.
 */
export function budgetCut(text: string, budget: number): number {
  let cost = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      cost += LINE_COST;
      lineStart = i + 1;
    } else if (MARKUP.has(ch)) {
      cost += 1;
    } else if (ch === ":" && text.startsWith("//", i + 1)) {
      cost += LINK_COST;
    } else if ((ch === "w" || ch === "W") && /^www\./i.test(text.slice(i, i + 4))) {
      cost += LINK_COST;
    } else if (ch === "@") {
      cost += LINK_COST;
    }
    if (cost > budget) return lineStart > 0 ? lineStart : i;
  }
  return text.length;
}
