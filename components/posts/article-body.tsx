import { renderPostMarkdown } from "@/lib/markdown/post";

/** The body HTML comes out of the sanitizing pipeline; no raw HTML reaches the page. */
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div
      className="prose prose-lg prose-stone max-w-none font-serif dark:prose-invert prose-headings:font-serif prose-a:text-accent dark:prose-a:text-accent-dark prose-blockquote:border-accent"
      dangerouslySetInnerHTML={{ __html: renderPostMarkdown(markdown) }}
    />
  );
}
