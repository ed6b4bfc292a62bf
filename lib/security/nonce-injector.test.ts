import { describe, expect, it } from "vitest";
import { createNonceInjector } from "./nonce-injector";
import { contentSecurityPolicy, securityHeaders } from "./headers";

const NONCE = "abc123+/==";
const page =
  '<!DOCTYPE html><html><head><script src="/_next/a.js" async></script><script>self.__next_f.push([1,"x"])</script>' +
  '<link rel="stylesheet" href="/a.css"></head><body><p>&lt;script&gt; typed by a reader</p><noscripts>no</noscripts><linked>no</linked>' +
  '<script\ntype="application/ld+json">{}</script><script nonce="kept">1</script></body></html>';

function run(chunks: string[]): string {
  const injector = createNonceInjector(NONCE);
  return chunks.map((chunk) => injector.push(chunk)).join("") + injector.flush();
}

describe("createNonceInjector", () => {
  it("adds the nonce to every script and link tag and nothing else", () => {
    const html = run([page]);
    expect(html.match(/<script/g)).toHaveLength(4);
    expect(html.match(new RegExp(`nonce="${NONCE.replace(/[+/]/g, "\\$&")}"`, "g"))).toHaveLength(4);
    expect(html).toContain(`<link nonce="${NONCE}" rel="stylesheet"`);
    expect(html).toContain('<script nonce="kept">1</script>');
    expect(html).toContain("&lt;script&gt; typed by a reader");
    expect(html).toContain("<noscripts>no</noscripts>");
    expect(html).toContain("<linked>no</linked>");
  });

  it("gives the same result however the stream is split", () => {
    const whole = run([page]);
    for (let size = 1; size <= 12; size++) {
      const chunks = page.match(new RegExp(`[\\s\\S]{1,${size}}`, "g"))!;
      expect(run(chunks)).toBe(whole);
    }
  });

  it("keeps a stream that ends in the middle of a tag name", () => {
    expect(run(["<p>a</p><scr"])).toBe("<p>a</p><scr");
  });

  it("refuses a nonce that could break out of the attribute", () => {
    expect(() => createNonceInjector('x" onload="alert(1)')).toThrow();
  });
});

describe("security headers", () => {
  it("builds a strict policy around the nonce, with no unsafe-inline scripts", () => {
    const policy = contentSecurityPolicy({ nonce: NONCE, https: false });
    expect(policy).toContain(`script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("adds HSTS only in production over HTTPS", () => {
    expect(securityHeaders({ nonce: NONCE, https: true, production: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ nonce: NONCE, https: false, production: true })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ nonce: NONCE, https: true, production: false })["Strict-Transport-Security"]).toBeUndefined();
  });
});
