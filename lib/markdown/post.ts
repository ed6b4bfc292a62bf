import { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import { createMarkdownRenderer } from "./pipeline";

const WEB_PROTOCOLS = ["http", "https"];

// GitHub's schema (tables, lists, quotes, images, headings) minus every protocol
// except the web ones and mailto, so javascript: and data: never survive.
const postSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: [...WEB_PROTOCOLS, "mailto"],
    src: WEB_PROTOCOLS,
    cite: WEB_PROTOCOLS,
  },
};

export const renderPostMarkdown = createMarkdownRenderer({
  schema: postSchema,
  rawHtml: "drop",
  plugins: [rehypeSlug],
});
