import { describe, expect, it } from "vitest";
import { budgetCut } from "./budget";
import { renderCommentMarkdown } from "./comment";
import { renderPostMarkdown } from "./post";
import { worstCaseTexts } from "./worst-cases";

describe("bounded rendering", () => {
  it("renders the markup up to the budget and the rest as escaped plain text", () => {
    const text = "*a* ".repeat(2_000) + "\n\nlast <b>words</b>";
    const html = renderCommentMarkdown(text);
    expect(html).toContain("<em>a</em>");
    expect(html).toContain("*a*");
    expect(html).toContain("<p>last &lt;b&gt;words&lt;/b&gt;</p>");
  });

  it("cuts at the start of the line where the budget runs out", () => {
    expect(budgetCut("plain words only", 10)).toBe(16);
    expect(budgetCut("**\n**********", 8)).toBe(3);
    expect(budgetCut("**********", 5)).toBe(5);
  });

  it("counts links as expensive", () => {
    expect(budgetCut("see https://a.example and https://b.example", 20)).toBe(31);
    expect(budgetCut("see https://a.example", 20)).toBe(21);
  });

  it.each(worstCaseTexts(65_525).map(({ name, text }) => [name, text] as const))(
    "renders the comment worst case %s without throwing, keeping its text",
    (_name, text) => {
      const html = renderCommentMarkdown(text);
      expect(html.length).toBeGreaterThan(0);
      expect(html).not.toMatch(/<(?!\/?(p|br|em|strong|s|a|code|pre|blockquote)[\s>])/);
    },
  );

  it.each(worstCaseTexts(200_000).map(({ name, text }) => [name, text] as const))(
    "renders the post worst case %s without throwing",
    (_name, text) => {
      expect(renderPostMarkdown(text).length).toBeGreaterThan(0);
    },
  );
});

describe("stored XSS through attribute values", () => {
  it("keeps a <script inside a link title an escaped attribute value", () => {
    const html = renderPostMarkdown('[x](https://example.com "<script ><script>window.__pwn=1</script>")');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('title="&lt;script &gt;&lt;script&gt;window.__pwn=1&lt;/script&gt;"');
  });

  it("drops links whose scheme hides behind control characters or entities", () => {
    for (const target of ["java\tscript:alert(1)", "&#106;avascript:alert(1)", "JAVASCRIPT:alert(1)", "//evil.example/x"]) {
      const html = renderPostMarkdown(`[x](${target})`);
      expect(html).not.toMatch(/href="(javascript|\/\/)/i);
    }
  });
});
