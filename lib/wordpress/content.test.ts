import { describe, expect, it } from "vitest";
import { renderCommentMarkdown } from "@/lib/markdown/comment";
import { renderPostMarkdown } from "@/lib/markdown/post";
import { autoParagraphs, expandShortcodes, MAX_NESTING, nestingDepth, plainText, wordpressToMarkdown } from "./content";

const md = (html: string) => wordpressToMarkdown(html).markdown;

describe("WordPress content to Markdown", () => {
  it("turns classic-editor text into paragraphs and line breaks, as WordPress shows it", () => {
    expect(autoParagraphs("One line\nnext line\n\nSecond paragraph")).toBe("<p>One line<br>\nnext line</p>\n\n<p>Second paragraph</p>");
    expect(md("First\n\nSecond <em>word</em>")).toBe("First\n\nSecond _word_");
    expect(md("<ul><li>a</li></ul>")).toBe("-   a");
  });

  it("drops block-editor comments and keeps what the blocks hold", () => {
    const block = `<!-- wp:heading -->\n<h2 class="wp-block-heading">Who the routes serve</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Text with <strong>bold</strong>.</p>\n<!-- /wp:paragraph -->`;
    expect(md(block)).toBe("## Who the routes serve\n\nText with **bold**.");
  });

  it("makes a caption shortcode a figure, an embed a link, and names a gallery it drops", () => {
    const caption = expandShortcodes(`[caption id="a" width="300"]<img src="https://x.example/a.jpg" alt="A boat"> The boat[/caption]`);
    expect(caption.html).toBe(`<figure><img src="https://x.example/a.jpg" alt="A boat"><figcaption>The boat</figcaption></figure>`);
    expect(md(`[embed]https://video.example/v/1[/embed]`)).toBe("[https://video.example/v/1](https://video.example/v/1)");
    expect(wordpressToMarkdown(`Before [gallery ids="1,2,3"] after`).droppedShortcodes).toEqual(["gallery"]);
    // Brackets that are not WordPress shortcodes stay as written.
    expect(md(`<a href="#top">[top]</a>`)).toBe("[\\[top\\]](#top)");
  });

  it("keeps tables, also ones without a header row", () => {
    expect(md("<table><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table>")).toBe("| 1 | 2 |\n| --- | --- |\n| 3 | 4 |");
  });

  it("lets nothing unsafe through the post and comment renderers", () => {
    const hostile = `<p>Hi<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a><iframe src="https://evil.example"></iframe><style>body{}</style></p><svg onload="alert(4)"></svg><p>&lt;b onclick=alert(5)&gt;text&lt;/b&gt;</p>`;
    for (const html of [renderPostMarkdown(md(hostile)), renderCommentMarkdown(md(hostile))]) {
      expect(html).not.toMatch(/<script|<iframe|<svg|<style|javascript:/i);
      // No element carries an event handler (the text "onclick=" shown escaped is fine).
      expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
      expect(html).toContain("click");
    }
    // Text that looked like a tag is shown as text, not dropped.
    expect(renderPostMarkdown(md(hostile))).toContain("&lt;b onclick=alert(5)&gt;text&lt;/b&gt;");
  });

  it("takes markup nested thousands deep as plain text, at once, instead of exhausting the parser", () => {
    expect(nestingDepth("<p>a<br>b<img src=x><em>c</em></p><hr/>")).toBe(2);
    const deep = `${"<div>".repeat(30_000)}Deep *words*${"</div>".repeat(30_000)}`;
    expect(nestingDepth(deep)).toBe(30_000);
    expect(wordpressToMarkdown(deep)).toEqual({ markdown: "Deep \\*words\\*", droppedShortcodes: [], asPlainText: true });
    const justUnder = `${"<blockquote>".repeat(MAX_NESTING - 1)}quoted${"</blockquote>".repeat(MAX_NESTING - 1)}`;
    expect(wordpressToMarkdown(justUnder).asPlainText).toBe(false);
  });

  it("keeps plain comments as typed, Markdown characters escaped", () => {
    expect(md("I *really* think so\nsecond line")).toBe("I \\*really\\* think so  \nsecond line");
  });

  it("makes titles and excerpts one plain line", () => {
    expect(plainText("Fish &amp; chips &#8211; <em>now</em>&hellip;")).toBe("Fish & chips – now …");
    expect(plainText("Caf&eacute; &#0; &#x110000; ok")).toBe("Café \ufffd \ufffd ok");
  });
});
