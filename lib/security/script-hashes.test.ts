import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./headers";
import { policyForHtml } from "./complete-response";
import { inlineScriptHashes } from "./script-hashes";

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script as the browser reads it", () => {
    const html = '<html><head><script>first()</script></head><body><script>second("</scr"+"ipt>")\r\n</script></body></html>';
    expect(inlineScriptHashes(html)).toEqual([hashOf("first()"), hashOf('second("</scr"+"ipt>")\n')]);
  });

  it("never vouches for '<script' that sits in an attribute, a comment or a textarea", () => {
    const payload = "<script ><script>window.__pwn=1</script>";
    const html = `<body><a title="${payload.replaceAll('"', "&quot;")}">x</a><a title='${payload}'>y</a><!--${payload}--><textarea>${payload}</textarea><title>${payload}</title></body>`;
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it("leaves out data the browser never runs (JSON-LD, JSON), but not scripts of other types", () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type=" Application/JSON ">{}</script><script type="module">m()</script><script type="text/javascript">j()</script>';
    expect(inlineScriptHashes(html)).toEqual([hashOf("m()"), hashOf("j()")]);
  });

  it("leaves out scripts loaded from a file, and names a script that appears twice once", () => {
    expect(inlineScriptHashes('<script src="/_next/static/a.js"></script><script>x()</script><script>x()</script>')).toEqual([hashOf("x()")]);
  });
});

describe("the page's policy", () => {
  it("allows our files and the page's own inline scripts, never 'unsafe-inline'", () => {
    const policy = policyForHtml(Buffer.from("<script>go()</script>"), false);
    const scriptSrc = policy.split("; ").find((part) => part.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' ${hashOf("go()")}`);
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("upgrades insecure requests on an https site", () => {
    expect(contentSecurityPolicy({ https: true })).toContain("upgrade-insecure-requests");
  });
});
