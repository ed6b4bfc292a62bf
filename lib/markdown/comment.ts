import { createMarkdownRenderer, MARKDOWN_VERSION } from "./renderer";

export const COMMENT_LINK_REL = "nofollow ugc noopener";

// Markdown-lite: paragraphs, emphasis, links, code and quotes. Anything else a
// commenter writes (headings, images, lists, tables, HTML) is shown as typed.
export const renderCommentMarkdown = createMarkdownRenderer({
  rules: [
    "paragraph",
    "blockquote",
    "code",
    "fence",
    "newline",
    "escape",
    "backticks",
    "emphasis",
    "strikethrough",
    "link",
    "autolink",
    "linkify",
    "entity",
    "text_join",
    "balance_pairs",
    "fragments_join",
  ],
  policy: {
    tokens: {
      paragraph_open: [],
      paragraph_close: [],
      blockquote_open: [],
      blockquote_close: [],
      code_block: [],
      fence: [],
      inline: [],
      text: [],
      softbreak: [],
      hardbreak: [],
      code_inline: [],
      em_open: [],
      em_close: [],
      strong_open: [],
      strong_close: [],
      s_open: [],
      s_close: [],
      link_open: ["href"],
      link_close: [],
    },
    protocols: ["http", "https", "mailto"],
    linkAttributes: { rel: COMMENT_LINK_REL },
  },
  rawHtml: "text",
  budget: 2_500,
  maxNesting: 8,
});

/** The columns a comment's text is stored with: the Markdown and its HTML, rendered once here. */
export function commentBodyColumns(body: string): { body: string; bodyHtml: string; bodyHtmlVersion: number } {
  return { body, bodyHtml: renderCommentMarkdown(body), bodyHtmlVersion: MARKDOWN_VERSION };
}

/** The stored HTML when the current pipeline made it; otherwise rendered now. */
export function commentHtml(row: { body: string; bodyHtml: string | null; bodyHtmlVersion: number | null }): string {
  return row.bodyHtml !== null && row.bodyHtmlVersion === MARKDOWN_VERSION ? row.bodyHtml : renderCommentMarkdown(row.body);
}

/** Comments as shown: their HTML from storage (or rendered now), in place of the stored columns. */
export function withCommentHtml<T extends { body: string; bodyHtml: string | null; bodyHtmlVersion: number | null }>(
  rows: T[],
): Array<Omit<T, "bodyHtml" | "bodyHtmlVersion"> & { html: string }> {
  return rows.map(({ bodyHtml, bodyHtmlVersion, ...rest }) => ({ ...rest, html: commentHtml({ body: rest.body, bodyHtml, bodyHtmlVersion }) }));
}
