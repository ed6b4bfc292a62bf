import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { completeResponse } from "./complete-response.js";

const page = `<!doctype html><html><head><script>self.__next_f=[]</script></head><body><p>Night buses</p><script src="/_next/static/chunks/a.js"></script></body></html>`;

let close: (() => void) | undefined;
afterEach(() => close?.());

/** A real HTTP exchange through completeResponse, the app writing as Next does. */
async function exchange(app: (res: ServerResponse) => void) {
  const seen: { verdict?: string | undefined; html?: string } = {};
  const server = createServer((_req, res) => {
    completeResponse(res, {
      https: false,
      production: true,
      head: false,
      onDocument: (verdict) => (seen.verdict = verdict),
      onHtml: (body) => (seen.html = body.toString("utf8")),
    });
    app(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return { response, body: await response.text(), seen };
}

describe("completing a response", () => {
  it("sends a page unchanged, with a CSP naming its inline scripts, its length, and none of Next's own headers", async () => {
    const { response, body, seen } = await exchange((res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      for (const [name, value] of [["x-nextjs-cache", "HIT"], ["x-nextjs-prerender", "1"], ["x-nextjs-stale-time", "300"]]) res.setHeader(name!, value!);
      res.write(page.slice(0, 40));
      res.end(page.slice(40));
    });
    expect(body).toBe(page);
    expect(seen).toEqual({ verdict: "HIT", html: page });
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(page)));
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[^']+'/);
    for (const name of ["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"]) expect(response.headers.get(name)).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("leaves other responses streaming, with Next's headers for its client router", async () => {
    const { response, body, seen } = await exchange((res) => {
      res.setHeader("Content-Type", "text/x-component");
      res.setHeader("x-nextjs-stale-time", "300");
      res.write("0:[]\n");
      res.end("1:{}\n");
    });
    expect(body).toBe("0:[]\n1:{}\n");
    expect(response.headers.get("x-nextjs-stale-time")).toBe("300");
    expect(seen).toEqual({});
  });
});
