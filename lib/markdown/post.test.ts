import { describe, expect, it } from "vitest";
import { renderPostMarkdown } from "./post";

describe("renderPostMarkdown", () => {
  it("renders the article shape: paragraphs, subheadings, links, quotes and lists", () => {
    const html = renderPostMarkdown(
      "Intro paragraph.\n\n## What happens next\n\n> A quote.\n\n- one\n- two\n\nSee [the report](https://example.org/report).",
    );
    expect(html).toContain("<p>Intro paragraph.</p>");
    expect(html).toContain('<h2 id="user-content-what-happens-next">What happens next</h2>');
    expect(html).toMatch(/<blockquote>\s*<p>A quote.<\/p>\s*<\/blockquote>/);
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toContain('<a href="https://example.org/report">the report</a>');
  });

  it("drops raw HTML instead of passing it through", () => {
    const html = renderPostMarkdown(
      'Hello <script>alert(1)</script> <img src=x onerror="alert(1)"> <iframe src="https://evil.example"></iframe>\n\n<div onclick="x()">block</div>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<div|onerror|onclick/i);
    expect(html).toContain("Hello");
  });

  it.each([
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(document.cookie)"],
    ["data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["vbscript:msgbox(1)"],
  ])("removes the dangerous link target %s", (target) => {
    const html = renderPostMarkdown(`[click me](${target})`);
    expect(html).toContain("click me");
    expect(html).not.toMatch(/href="(?!https?:|mailto:)[a-z]+:/i);
    expect(html.toLowerCase()).not.toContain("javascript:");
    expect(html.toLowerCase()).not.toContain("data:");
  });

  it("keeps web images but strips data: images", () => {
    expect(renderPostMarkdown("![Harbour](https://example.org/h.jpg)")).toContain(
      '<img src="https://example.org/h.jpg" alt="Harbour">',
    );
    const html = renderPostMarkdown("![x](data:image/svg+xml;base64,PHN2Zz4=)");
    expect(html).not.toContain("data:");
  });

  it("prefixes heading ids so user content cannot clobber page ids", () => {
    expect(renderPostMarkdown("## comments")).toContain('id="user-content-comments"');
  });

  it("escapes text that looks like markup inside code", () => {
    expect(renderPostMarkdown("`<b>bold</b>`")).toContain("<code>&lt;b&gt;bold&lt;/b&gt;</code>");
  });
});
