import type { Token } from "markdown-it";
import GithubSlugger from "github-slugger";
import { createMarkdownRenderer } from "./renderer";

// The article shape: subheadings, quotes, lists, tables, images and links over the
// web protocols only. Raw HTML in a post is dropped.

const tagTokens = (...names: string[]) => names.flatMap((name) => [`${name}_open`, `${name}_close`]);
const allow = (names: string[], attributes: string[] = []) => Object.fromEntries(names.map((name) => [name, attributes]));

/** Subheadings get ids readers can link to, prefixed so they can't clobber the page's own ids. */
function addHeadingIds(tokens: Token[]) {
  const slugger = new GithubSlugger();
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const text = (tokens[index + 1]?.children ?? []).map((child) => child.content).join("");
    token.attrSet("id", `user-content-${slugger.slug(text)}`);
  });
}

export const renderPostMarkdown = createMarkdownRenderer({
  rules: [
    "paragraph",
    "heading",
    "lheading",
    "blockquote",
    "list",
    "hr",
    "table",
    "code",
    "fence",
    "reference",
    "html_block",
    "html_inline",
    "newline",
    "escape",
    "backticks",
    "emphasis",
    "strikethrough",
    "link",
    "image",
    "autolink",
    "linkify",
    "entity",
    "text_join",
    "balance_pairs",
    "fragments_join",
  ],
  policy: {
    tokens: {
      ...allow(
        tagTokens("paragraph", "heading", "blockquote", "bullet_list", "list_item", "em", "strong", "s"),
      ),
      ...allow(["inline", "text", "softbreak", "hardbreak", "code_inline", "code_block", "fence", "hr", "link_close"]),
      ...allow(tagTokens("table", "thead", "tbody", "tr")),
      ...allow(tagTokens("th", "td"), ["style"]),
      ordered_list_open: ["start"],
      ordered_list_close: [],
      link_open: ["href", "title"],
      image: ["src", "alt", "title"],
    },
    protocols: ["http", "https", "mailto"],
  },
  rawHtml: "drop",
  budget: 12_000,
  maxNesting: 20,
  decorate: addHeadingIds,
});
