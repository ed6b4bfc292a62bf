import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { revalidated } from "@/lib/testing/session";
import { getDb } from "@/lib/db";
import { posts } from "@/db/schema";
import { createPost, createUser } from "@/db/testing/fixtures";
import { truncateAll } from "@/db/testing/reset";
import { POST } from "./route";

const TOKEN_KEY = Symbol.for("broadsheet.jobs-token");
const call = (token?: string) =>
  POST(new Request("http://localhost/api/internal/jobs", { method: "POST", headers: token ? { "x-broadsheet-jobs": token } : {} }));

describe("the jobs endpoint", () => {
  beforeEach(async () => {
    await truncateAll(getDb());
    revalidated.length = 0;
    delete (globalThis as Record<symbol, unknown>)[TOKEN_KEY];
  });

  it("answers 404 and runs nothing without this process's token", async () => {
    const author = await createUser({ role: "author" });
    const due = await createPost({ authorId: author.id, status: "scheduled", publishedAt: new Date(Date.now() - 1_000) });
    // No scheduler started in this process: no token is accepted at all.
    expect((await call("anything")).status).toBe(404);
    (globalThis as Record<symbol, unknown>)[TOKEN_KEY] = "a".repeat(64);
    expect((await call()).status).toBe(404);
    expect((await call("b".repeat(64))).status).toBe(404);
    expect((await call("a".repeat(63))).status).toBe(404);
    // As many characters as the token, more bytes: refused, not a 500.
    expect((await call("é".repeat(64))).status).toBe(404);
    const [row] = await getDb().select({ status: posts.status }).from(posts).where(eq(posts.id, due.id));
    expect(row!.status).toBe("scheduled");
  });

  it("with the token, publishes what is due, expires its cache tags and says when to wake next", async () => {
    const author = await createUser({ role: "author" });
    const due = await createPost({ authorId: author.id, status: "scheduled", publishedAt: new Date(Date.now() - 1_000) });
    const later = new Date(Date.now() + 3_600_000);
    await createPost({ authorId: author.id, status: "scheduled", publishedAt: later });
    (globalThis as Record<symbol, unknown>)[TOKEN_KEY] = "a".repeat(64);
    const response = await call("a".repeat(64));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ran: Record<string, string>; nextScheduledAt: string };
    expect(body.ran["publish-scheduled"]).toBe("published 1 scheduled post(s)");
    expect(body.nextScheduledAt).toBe(later.toISOString());
    expect(revalidated).toEqual(expect.arrayContaining(["tag:posts", `tag:post:${due.id}`, `tag:post-slug:${due.slug}`]));
  });
});
