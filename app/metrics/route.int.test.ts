import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { CLIENT_IP_HEADER, markClientIpServer } from "@/lib/client-ip";
import { mailQueue, notificationEvents, scheduledJobs } from "@/db/schema";
import { truncateAll } from "@/db/testing/reset";
import { GET } from "./route";

const TOKEN = "metrics-token-0123456789abcdef";

function scrape(headers: Record<string, string> = {}) {
  return GET(new Request("http://localhost/metrics", { headers: { [CLIENT_IP_HEADER]: "203.0.113.7", ...headers } }));
}

describe("GET /metrics", () => {
  beforeEach(async () => {
    markClientIpServer();
    await truncateAll(getDb());
  });
  afterEach(() => vi.unstubAllEnvs());

  it("is a 404 for everyone while neither METRICS_ALLOW nor METRICS_TOKEN is set", async () => {
    vi.stubEnv("METRICS_TOKEN", "");
    vi.stubEnv("METRICS_ALLOW", "");
    expect((await scrape()).status).toBe(404);
    expect((await scrape({ [CLIENT_IP_HEADER]: "127.0.0.1" })).status).toBe(404);
  });

  it("answers the token or an allowed address, with the queues read from the database", async () => {
    vi.stubEnv("METRICS_TOKEN", TOKEN);
    vi.stubEnv("METRICS_ALLOW", "10.0.0.0/8");
    await getDb()
      .insert(scheduledJobs)
      .values([
        { name: "late-one", nextRunAt: new Date(Date.now() - 60_000) },
        { name: "later", nextRunAt: new Date(Date.now() + 60_000) },
      ]);
    await getDb().insert(mailQueue).values({ kind: "test", toAddress: "someone@example.test", subject: "Hi", textBody: "Hello" });
    await getDb().insert(notificationEvents).values([{ kind: "comment-held", commentIds: [1], actorId: null }, { kind: "comments-published", commentIds: [2, 3], actorId: null }]);
    expect((await scrape()).status).toBe(404);
    expect((await scrape({ authorization: "Bearer wrong-token-0123456789abcdef" })).status).toBe(404);
    const byToken = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(byToken.status).toBe(200);
    expect(byToken.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(byToken.headers.get("cache-control")).toBe("no-store");
    const text = await byToken.text();
    expect(text).toContain('broadsheet_queue_length{queue="jobs_due"} 1');
    expect(text).toContain('broadsheet_queue_length{queue="scheduled_posts_due"} 0');
    expect(text).toContain('broadsheet_queue_length{queue="mail_pending"} 1');
    expect(text).toContain('broadsheet_queue_length{queue="notification_events"} 2');
    expect(text).toContain('broadsheet_queue_length{queue="notices_gathered"} 0');
    expect((await scrape({ [CLIENT_IP_HEADER]: "10.20.30.40" })).status).toBe(200);
  });
});
