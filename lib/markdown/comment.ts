import type { Element, Root } from "hast";
import type { Options as SanitizeSchema } from "rehype-sanitize";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { createMarkdownRenderer } from "./pipeline";

export const COMMENT_LINK_REL = ["nofollow", "ugc", "noopener"];

// Markdown-lite: paragraphs, emphasis, links, code and quotes. Anything else a
// commenter writes (headings, images, tables) is unwrapped to its text.
const commentSchema: SanitizeSchema = {
  strip: ["script", "style"],
  tagNames: [
    "p",
    "br",
    "em",
    "strong",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
  ],
  attributes: {
    a: ["href", ["rel", ...COMMENT_LINK_REL]],
  },
  protocols: { href: ["http", "https", "mailto"] },
  required: { a: { rel: COMMENT_LINK_REL } },
};

const markLinksAsUserContent: Plugin<[], Root> = () => (tree) => {
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "a") {
      node.properties.rel = [...COMMENT_LINK_REL];
    }
  });
};

export const renderCommentMarkdown = createMarkdownRenderer({
  schema: commentSchema,
  rawHtml: "text",
  plugins: [markLinksAsUserContent],
});
