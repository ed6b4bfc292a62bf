import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { chooseEncoding, dropAllPages, dropPagesTagged, keepPage, pageKey, pageMemoryStats, serveFromMemory } from "./page-memory.js";

function request(url: string, headers: Record<string, string> = {}, method = "GET") {
  return { url, method, headers } as unknown as IncomingMessage;
}

function response() {
  const sent: { status?: number; headers?: Record<string, string>; body?: Buffer } = {};
  const res = {
    // Node takes headers as a flat [name, value, …] list too.
    writeHead(status: number, headers: Record<string, string> | string[]) {
      sent.status = status;
      sent.headers = Array.isArray(headers) ? Object.fromEntries(headers.flatMap((name, i) => (i % 2 === 0 ? [[name, headers[i + 1]!]] : []))) : headers;
      return res;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  };
  return { res: res as unknown as ServerResponse, sent };
}

const html = Buffer.from(`<!doctype html><title>Night buses</title><p>${"The last bus leaves at 23:10. ".repeat(400)}</p>`);
const page = (overrides: Partial<Parameters<typeof keepPage>[1]> = {}) => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT", vary: "rsc", "cache-control": "public, max-age=0, s-maxage=1", "content-security-policy": "script-src 'self'" },
  body: html,
  tags: ["post:1", "post-comments:1"],
  ...overrides,
});

describe("hot pages held in memory", () => {
  beforeEach(() => dropAllPages());

  it("holds only plain page requests: GET or HEAD, no query, no navigation or action headers, no draft mode", () => {
    expect(pageKey(request("/posts/a"))).toBe("/posts/a");
    expect(pageKey(request("/posts/a", {}, "HEAD"))).toBe("/posts/a");
    expect(pageKey(request("/posts/a", {}, "POST"))).toBeNull();
    expect(pageKey(request("/posts/a?x=1"))).toBeNull();
    expect(pageKey(request("/posts/a", { rsc: "1" }))).toBeNull();
    expect(pageKey(request("/posts/a", { "next-router-prefetch": "1" }))).toBeNull();
    expect(pageKey(request("/posts/a", { "next-action": "abc" }))).toBeNull();
    expect(pageKey(request("/posts/a", { cookie: "__prerender_bypass=1" }))).toBeNull();
    expect(pageKey(request("http://evil.example/posts/a"))).toBeNull();
  });

  it("picks brotli, then gzip, then none, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it("serves a kept page in the encoding asked for, byte for byte the same page, with its headers", async () => {
    expect(await keepPage("/posts/a", page())).toBe(true);
    for (const [accept, decode] of [
      ["br", brotliDecompressSync],
      ["gzip", gunzipSync],
      ["identity", (body: Buffer) => body],
    ] as const) {
      const { res, sent } = response();
      expect(serveFromMemory(request("/posts/a", { "accept-encoding": accept }), res, "/posts/a")).toBe(true);
      expect(sent.status).toBe(200);
      expect(decode(sent.body!).equals(html)).toBe(true);
      expect(sent.headers).toMatchObject({ "content-security-policy": "script-src 'self'", "Content-Length": String(sent.body!.length), vary: "rsc, Accept-Encoding" });
      if (accept !== "identity") expect(sent.headers!["Content-Encoding"]).toBe(accept);
      expect(sent.body!.length).toBeLessThanOrEqual(html.length);
    }
  });

  it("doesn't replay the id of the request that rendered the page, nor its micro-cache deadline", async () => {
    const rendered = { ...page().headers, "x-request-id": "first-request-0001", "x-accel-expires": "@1000" };
    expect(await keepPage("/posts/b", page({ headers: rendered }))).toBe(true);
    const { res, sent } = response();
    serveFromMemory(request("/posts/b"), res, "/posts/b");
    const names = Object.keys(sent.headers!).map((name) => name.toLowerCase());
    expect(names).not.toContain("x-request-id");
    // This request's own id, when the server passes it.
    const own = response();
    serveFromMemory(request("/posts/b"), own.res, "/posts/b", ["X-Request-Id", "second-request-0002"]);
    expect(Object.entries(own.sent.headers!).filter(([name]) => name.toLowerCase() === "x-request-id")).toEqual([["X-Request-Id", "second-request-0002"]]);
    // nginx keeps the copy to the end of this second, not the second the page was rendered in.
    const deadline = Number(sent.headers!["X-Accel-Expires"]!.slice(1));
    expect(Math.abs(deadline - Math.floor(Date.now() / 1000))).toBeLessThanOrEqual(1);
    // …and sends it after Cache-Control, whose stale-while-revalidate nginx reads first.
    expect(names.indexOf("x-accel-expires")).toBeGreaterThan(names.indexOf("cache-control"));
  });

  it("answers 304 to a client that has these bytes, and HEAD without a body", async () => {
    await keepPage("/posts/a", page());
    const first = response();
    serveFromMemory(request("/posts/a"), first.res, "/posts/a");
    const etag = first.sent.headers!.ETag!;
    const again = response();
    serveFromMemory(request("/posts/a", { "if-none-match": `W/${etag}` }), again.res, "/posts/a");
    expect(again.sent).toMatchObject({ status: 304, body: undefined });
    const other = response();
    serveFromMemory(request("/posts/a", { "if-none-match": '"something-else"' }), other.res, "/posts/a");
    expect(other.sent.status).toBe(200);
    const head = response();
    serveFromMemory(request("/posts/a", {}, "HEAD"), head.res, "/posts/a");
    expect(head.sent).toMatchObject({ status: 200, body: undefined });
  });

  it("keeps nothing a reader could get wrong: errors, stale or uncached pages, cookies, pages without tags", async () => {
    expect(await keepPage("/a", page({ status: 404 }))).toBe(false);
    expect(await keepPage("/a", page({ tags: null }))).toBe(false);
    expect(await keepPage("/a", page({ tags: [] }))).toBe(false);
    expect(await keepPage("/a", page({ headers: { ...page().headers, "set-cookie": ["sid=1"] } }))).toBe(false);
    expect(await keepPage("/a", page({ headers: { ...page().headers, "x-nextjs-cache": "STALE" } }))).toBe(false);
    expect(await keepPage("/a", page({ headers: { "content-type": "text/html" } }))).toBe(false);
    expect(await keepPage("/a", page({ headers: { ...page().headers, "content-type": "application/json" } }))).toBe(false);
    expect(serveFromMemory(request("/a"), response().res, "/a")).toBe(false);
  });

  it("drops a page the moment any of its tags expires, and never keeps one whose tag expired while it was being compressed", async () => {
    await keepPage("/posts/a", page());
    await keepPage("/posts/b", page({ tags: ["post:2"] }));
    dropPagesTagged(["post-comments:1"]);
    expect(serveFromMemory(request("/posts/a"), response().res, "/posts/a")).toBe(false);
    expect(serveFromMemory(request("/posts/b"), response().res, "/posts/b")).toBe(true);

    const keeping = keepPage("/posts/c", page({ tags: ["post:3"] }));
    dropPagesTagged(["post:3"]);
    expect(await keeping).toBe(false);
    expect(pageMemoryStats().entries).toBe(1);
  });
});
