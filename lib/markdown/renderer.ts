import MarkdownIt, { type Token } from "markdown-it";
import { budgetCut } from "./budget";
import { renderPlainText } from "./plain";
import { type SanitizePolicy, sanitizeTokens } from "./sanitize-tokens";

/**
 * Bump whenever the pipeline's output changes (rules, policy, budget), so HTML
 * stored with an older version is rendered again.
 */
export const MARKDOWN_VERSION = 2;

export interface RendererOptions {
  /** markdown-it rules switched on, over the "zero" preset. */
  rules: string[];
  /** "text" shows HTML as typed; "drop" parses it so the sanitizer can remove it. */
  rawHtml: "text" | "drop";
  policy: SanitizePolicy;
  /** Markup cost rendered as Markdown; the rest of the text is shown as plain paragraphs. */
  budget: number;
  /** How deep blocks and inline markup may nest. */
  maxNesting: number;
  /** Runs after sanitizing, with the kept tokens (e.g. heading ids). */
  decorate?: (tokens: Token[]) => void;
}

/**
 * Markdown → HTML: bounded, parsed with raw HTML off, sanitized token by token,
 * rendered. It never throws: whatever goes wrong, the text comes back escaped.
 */
export function createMarkdownRenderer(options: RendererOptions): (markdown: string) => string {
  const md = new MarkdownIt("zero", { html: options.rawHtml === "drop", linkify: options.rules.includes("linkify"), maxNesting: options.maxNesting });
  md.enable(options.rules);
  // Every address parses as a link; the sanitizer then keeps or drops it, so a
  // refused link still shows its text rather than the raw Markdown around it.
  md.validateLink = () => true;
  md.core.ruler.push("sanitize", (state) => {
    const makeText = (content: string) => {
      const token = new state.Token("text", "", 0);
      token.content = content;
      return token;
    };
    state.tokens = sanitizeTokens(state.tokens, options.policy, makeText);
    options.decorate?.(state.tokens);
  });

  return (markdown) => {
    const text = markdown.replace(/\r\n?/g, "\n");
    const cut = budgetCut(text, options.budget);
    try {
      return (md.render(text.slice(0, cut)) + renderPlainText(text.slice(cut))).trimEnd();
    } catch {
      return renderPlainText(text).trimEnd();
    }
  };
}
