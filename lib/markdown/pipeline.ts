import type { Root } from "hast";
import type { Html, Root as MdastRoot, Text } from "mdast";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { type Plugin, unified } from "unified";
import { visit } from "unist-util-visit";

type HastPlugin = Plugin<[], Root>;

// Turns raw HTML in the Markdown source into literal text, so "<b>hi</b>" shows
// as typed instead of vanishing.
const rawHtmlAsText: Plugin<[], MdastRoot> = () => (tree) => {
  visit(tree, "html", (node: Html) => {
    (node as unknown as Text).type = "text";
  });
};

/**
 * Markdown → HTML with sanitizing as the last transform. Raw HTML in the source is
 * dropped by remark-rehype (no allowDangerousHtml), and whatever a plugin adds must
 * still pass the schema.
 */
export function createMarkdownRenderer(options: {
  schema: SanitizeSchema;
  plugins?: HastPlugin[];
  /** "drop" removes raw HTML from the output; "text" shows it as typed. */
  rawHtml: "drop" | "text";
}): (markdown: string) => string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(options.rawHtml === "text" ? [rawHtmlAsText] : [])
    .use(remarkRehype)
    .use(options.plugins ?? [])
    .use(rehypeSanitize, options.schema)
    .use(rehypeStringify)
    .freeze();

  return (markdown) => String(processor.processSync(markdown));
}
