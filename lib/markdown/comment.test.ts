import { describe, expect, it } from "vitest";
import { renderCommentMarkdown } from "./comment";

describe("renderCommentMarkdown", () => {
  it("supports paragraphs, emphasis, inline code, code blocks and quotes", () => {
    const html = renderCommentMarkdown(
      "First *para* with **bold** and `code`.\n\n> quoted\n\n```\nconst x = 1;\n```",
    );
    expect(html).toContain("<p>First <em>para</em> with <strong>bold</strong> and <code>code</code>.</p>");
    expect(html).toMatch(/<blockquote>\s*<p>quoted<\/p>\s*<\/blockquote>/);
    expect(html).toContain("<pre><code>const x = 1;\n</code></pre>");
  });

  it("marks every link, including bare URLs, as nofollow ugc noopener", () => {
    const html = renderCommentMarkdown("[site](https://example.org) and https://example.net/page");
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">site</a>');
    expect(html).toContain('<a href="https://example.net/page" rel="nofollow ugc noopener">');
  });

  it("unwraps headings, images, lists and tables to plain text", () => {
    const html = renderCommentMarkdown("# Big\n\n![pic](https://example.org/a.png)\n\n- item\n\n| a |\n|---|\n| b |");
    expect(html).not.toMatch(/<h1|<img|<ul|<li|<table/);
    expect(html).toContain("Big");
    expect(html).toContain("item");
  });

  it("shows HTML and script attempts as the text that was typed", () => {
    const html = renderCommentMarkdown(
      '<script>alert("x")</script><b onmouseover="alert(1)">hi</b>\n\nA [x](javascript:alert(1)) and <a href="javascript:alert(2)">y</a>',
    );
    expect(html).not.toMatch(/<script|<b |<a href="javascript/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b onmouseover=&quot;alert(1)&quot;&gt;hi&lt;/b&gt;");
    // The Markdown link with a javascript: target keeps its text but loses the link.
    expect(html).toContain("<p>A x and ");
    expect(html).not.toContain("javascript:alert(1)");
  });

  it("does not let a commenter choose link attributes", () => {
    const html = renderCommentMarkdown('[x](https://example.org "title")');
    expect(html).toBe('<p><a href="https://example.org" rel="nofollow ugc noopener">x</a></p>');
  });
});
