import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { assignRequestId, nextCacheOutcome, observeRequest } from "./request-log.js";
import { metrics } from "./metrics.js";

function fakeExchange(headers: Record<string, string> = {}) {
  const req = { method: "GET", headers: { ...headers } } as unknown as IncomingMessage;
  const sent: Record<string, string> = {};
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headersSent: true,
    writableFinished: true,
    setHeader: (name: string, value: string) => void (sent[name.toLowerCase()] = value),
    getHeader: (name: string) => sent[name.toLowerCase()],
  }) as unknown as ServerResponse;
  return { req, res, sent };
}

function fakeLog() {
  const entries: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, msg: string) => void entries.push({ level, fields, msg });
  return { log: { info: at("info"), debug: at("debug") } as never, entries };
}

describe("request ids", () => {
  it("takes a trusted proxy's id, and makes a new one for anyone else", () => {
    const proxied = fakeExchange({ "x-request-id": "nginx-0123456789abcdef" });
    expect(assignRequestId(proxied.req, true)).toBe("nginx-0123456789abcdef");
    expect(proxied.req.headers["x-request-id"]).toBe("nginx-0123456789abcdef");

    const forged = fakeExchange({ "x-request-id": "nginx-0123456789abcdef" });
    const id = assignRequestId(forged.req, false);
    expect(id).not.toBe("nginx-0123456789abcdef");
    expect(forged.req.headers["x-request-id"]).toBe(id);

    const hostile = fakeExchange({ "x-request-id": '"}\n{"level":"fatal"' });
    expect(assignRequestId(hostile.req, true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("one line and one sample per request", () => {
  it("logs id, route, status and duration when the response is finished, and times it by route", async () => {
    const { req, res } = fakeExchange();
    const { log, entries } = fakeLog();
    const m = metrics();
    observeRequest(req, res, { id: "req-1", route: "/tags/[slug]", startedAt: process.hrtime.bigint(), log, metrics: m, cache: () => ({ layer: "next", result: "hit" }) });
    res.emit("finish");
    res.emit("close");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: "info", msg: "request", fields: { reqId: "req-1", method: "GET", route: "/tags/[slug]", status: 200, cache: "next:hit" } });
    expect(entries[0]!.fields.durationMs).toEqual(expect.any(Number));
    expect(await m.registry.metrics()).toMatch(/broadsheet_http_request_duration_seconds_count\{route="\/tags\/\[slug\]",method="GET",status="200"\} 1/);
  });

  it("records a client that hung up before the answer as 499, and health checks only at debug level", () => {
    const gone = fakeExchange();
    Object.assign(gone.res, { headersSent: false, writableFinished: false });
    const { log, entries } = fakeLog();
    observeRequest(gone.req, gone.res, { id: "req-2", route: "/posts/[slug]", startedAt: process.hrtime.bigint(), log, metrics: metrics(), cache: () => ({ layer: null, result: null }) });
    gone.res.emit("close");
    expect(entries[0]!.fields).toMatchObject({ status: 499, aborted: true });

    const health = fakeExchange();
    observeRequest(health.req, health.res, { id: "req-3", route: "/api/health", startedAt: process.hrtime.bigint(), log, metrics: metrics(), cache: () => ({ layer: null, result: null }) });
    health.res.emit("finish");
    expect(entries[1]!.level).toBe("debug");
  });

  it("reads Next's cache verdict from its header", () => {
    const { res, sent } = fakeExchange();
    expect(nextCacheOutcome(res)).toEqual({ layer: null, result: null });
    sent["x-nextjs-cache"] = "STALE";
    expect(nextCacheOutcome(res)).toEqual({ layer: "next", result: "stale" });
  });
});
