import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import "@/lib/testing/session";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { posts, users } from "@/db/schema";
import { createPost, createUser } from "@/db/testing/fixtures";
import { recreateDatabase } from "@/db/testing/test-database";
import { truncateAll } from "@/db/testing/reset";
import { closeDatabase, getDatabaseHandle, getDb, getReadDb, REPLICA_CATCH_UP_MS } from "./db";
import { getArticle, getFrontPage, getTagPage } from "./content";
import { noteTagExpiry } from "./cache/expiry-clock.js";

// A real replica can't be made here, so a second database stands in for one
// that is behind: whatever reads it gets shows where the read went.
const primaryUrl = process.env.DATABASE_URL;

describe.skipIf(!primaryUrl)("reads that may go to DATABASE_REPLICA_URL", () => {
  const replicaUrl = (() => {
    if (!primaryUrl) return "";
    const url = new URL(primaryUrl);
    url.pathname = `${url.pathname}_replica`;
    return url.toString();
  })();
  let replica: DatabaseHandle;

  beforeAll(async () => {
    await recreateDatabase(replicaUrl);
    replica = openDatabase({ url: replicaUrl, dataDir: "" });
    await migrateDatabase(replica);
    const [author] = await replica.db.insert(users).values({ email: "replica@example.test", name: "Replica" }).returning();
    await replica.db.insert(posts).values({ slug: "only-on-the-replica", headline: "Only on the replica", status: "published", publishedAt: new Date(Date.now() - 120_000), authorId: author!.id });

    // The app's own handle, reopened with the replica configured.
    await closeDatabase();
    vi.stubEnv("DATABASE_REPLICA_URL", replicaUrl);
    await truncateAll(getDb());
    await createPost({ slug: "only-on-the-primary", headline: "Only on the primary", authorId: (await createUser({ role: "author" })).id });
  });
  afterAll(async () => {
    await closeDatabase();
    vi.unstubAllEnvs();
    await replica.close();
  });

  it("archives and the feed's list read the replica while nothing has changed lately", async () => {
    const later = Date.now() + REPLICA_CATCH_UP_MS + 1;
    vi.setSystemTime(later);
    try {
      expect((await getFrontPage(null, 10)).posts.map((post) => post.headline)).toEqual(["Only on the replica"]);
      expect(await getTagPage("no-such-tag", null, 10)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("go to the primary for a while after any cache tag expires, so the page re-rendered for a change shows it", async () => {
    noteTagExpiry();
    expect((await getFrontPage(null, 10)).posts.map((post) => post.headline)).toEqual(["Only on the primary"]);
    expect(getReadDb()).toBe(getDatabaseHandle().db);
    expect(getReadDb(Date.now() + REPLICA_CATCH_UP_MS + 1)).toBe(getDatabaseHandle().replica);
  });

  it("articles and every write always use the primary, whatever the replica holds", async () => {
    vi.setSystemTime(Date.now() + REPLICA_CATCH_UP_MS + 1);
    try {
      expect((await getArticle("only-on-the-primary"))?.headline).toBe("Only on the primary");
      expect(await getArticle("only-on-the-replica")).toBeNull();
      // Even through the replica-routed handle, a write lands on the primary.
      expect(getReadDb()).toBe(getDatabaseHandle().replica);
      await getReadDb().update(posts).set({ headline: "Edited on the primary" }).where(eq(posts.slug, "only-on-the-primary"));
      const [row] = await getDb().select({ headline: posts.headline }).from(posts).where(eq(posts.slug, "only-on-the-primary"));
      expect(row?.headline).toBe("Edited on the primary");
      const [untouched] = await replica.db.select({ headline: posts.headline }).from(posts).where(eq(posts.slug, "only-on-the-replica"));
      expect(untouched?.headline).toBe("Only on the replica");
    } finally {
      vi.useRealTimers();
    }
  });
});
