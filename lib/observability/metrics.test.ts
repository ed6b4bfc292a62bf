import { describe, expect, it } from "vitest";
import { metrics, metricsAccessAllowed } from "./metrics.js";

describe("who may read /metrics", () => {
  const token = "0123456789abcdef0123456789abcdef";

  it("nobody when neither addresses nor a token are configured", () => {
    expect(metricsAccessAllowed({}, { ip: "127.0.0.1", authorization: null })).toBe(false);
    expect(metricsAccessAllowed({}, { ip: "127.0.0.1", authorization: `Bearer ${token}` })).toBe(false);
  });

  it("the configured token, and nothing like it", () => {
    const env = { METRICS_TOKEN: token };
    expect(metricsAccessAllowed(env, { ip: "203.0.113.9", authorization: `Bearer ${token}` })).toBe(true);
    expect(metricsAccessAllowed(env, { ip: "203.0.113.9", authorization: `Bearer ${token.slice(0, -1)}` })).toBe(false);
    expect(metricsAccessAllowed(env, { ip: "203.0.113.9", authorization: `Bearer ${token}0` })).toBe(false);
    expect(metricsAccessAllowed(env, { ip: "203.0.113.9", authorization: null })).toBe(false);
  });

  it("addresses in the allowed ranges, never an unknown client", () => {
    const env = { METRICS_ALLOW: "10.0.0.0/8, ::1" };
    expect(metricsAccessAllowed(env, { ip: "10.1.2.3", authorization: null })).toBe(true);
    expect(metricsAccessAllowed(env, { ip: "::1", authorization: null })).toBe(true);
    expect(metricsAccessAllowed(env, { ip: "11.0.0.1", authorization: null })).toBe(false);
    expect(metricsAccessAllowed(env, { ip: "unknown", authorization: null })).toBe(false);
  });
});

describe("the metrics registry", () => {
  it("is one per process and exposes request durations, cache outcomes, lag and held pages", async () => {
    const m = metrics();
    expect(metrics()).toBe(m);
    m.sources.pageMemory = () => ({ entries: 3, bytes: 12_345 });
    m.requestDuration.observe({ route: "/posts/[slug]", method: "GET", status: "200" }, 0.004);
    m.pageCache.inc({ layer: "memory", result: "hit" });
    m.invalidationLag.observe(0.012);
    const text = await m.registry.metrics();
    expect(text).toMatch(/broadsheet_http_request_duration_seconds_bucket\{le="0.005",route="\/posts\/\[slug\]",method="GET",status="200"\} 1/);
    expect(text).toContain('broadsheet_page_cache_requests_total{layer="memory",result="hit"} 1');
    expect(text).toContain("broadsheet_cache_invalidation_lag_seconds_count 1");
    expect(text).toContain("broadsheet_page_memory_bytes 12345");
    expect(text).toContain("broadsheet_page_memory_entries 3");
    expect(text).toContain("broadsheet_process_cpu_seconds_total");
  });
});
