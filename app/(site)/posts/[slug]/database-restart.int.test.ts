import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData as form } from "@/lib/testing/form-data";
import { setClientIp, settleAfterResponse, signInAs } from "@/lib/testing/session";
import { closeDatabase, getDb } from "@/lib/db";
import { comments } from "@/db/schema";
import { createPost, createUser } from "@/db/testing/fixtures";
import { startRestartableProxy, type RestartableProxy } from "@/db/testing/restartable-proxy";
import { truncateAll } from "@/db/testing/reset";
import { postComment } from "./actions";

// PostgreSQL restarting while readers post comments: each submission is either
// stored exactly once or answered with the form and the text kept. PGlite has no
// server to restart.
const realUrl = process.env.DATABASE_URL;

describe.skipIf(!realUrl)("comment submissions across a PostgreSQL restart", () => {
  let proxy: RestartableProxy;
  let postId: number;

  beforeAll(async () => {
    await truncateAll(getDb());
    postId = (await createPost({ authorId: (await createUser({ role: "author" })).id })).id;
    const url = new URL(realUrl!);
    proxy = await startRestartableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    await closeDatabase();
    process.env.DATABASE_URL = url.toString();
    signInAs(null);
  });

  afterAll(async () => {
    // Work the submissions left for after their responses (notifications) still uses
    // the proxied pool: let it finish before the pool and the proxy go.
    await settleAfterResponse();
    await closeDatabase();
    process.env.DATABASE_URL = realUrl;
    await proxy.close();
  });

  it("stores every comment once or gives the form back with the text; no error page", async () => {
    const submissions = Array.from({ length: 100 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 15)).then(() => {
        // A hundred different readers (the flood check would otherwise refuse all but one).
        setClientIp(`198.51.100.${i + 1}`);
        return postComment(
          {},
          form({
            postId: String(postId),
            name: `Reader ${i}`,
            email: `reader${i}@example.com`,
            url: "",
            body: `Comment number ${i}`,
            company: "",
            startedAt: String(Date.now() - 20_000),
          }),
        );
      }),
    );
    // Mid-stream: connections cut, refused for 300 ms, "starting up" for 300 ms.
    const restart = new Promise((resolve) => setTimeout(resolve, 400)).then(() => proxy.restart({ downMs: 300, startingMs: 300 }));
    const results = await Promise.all(submissions);
    await restart;

    const posted = results.filter((state) => state.ok);
    const refused = results.filter((state) => !state.ok);
    for (const state of refused) {
      expect(state.formError).toMatch(/couldn’t save/);
      expect(state.values?.body).toMatch(/^Comment number \d+$/);
    }
    const [stored] = await getDb().select({ n: count() }).from(comments);
    expect(stored?.n).toBe(posted.length);
    const bodies = (await getDb().select({ body: comments.body }).from(comments)).map((row) => row.body);
    expect(new Set(bodies).size).toBe(bodies.length);
    // The one retry rides out a restart this short: nobody has to send again.
    expect(posted).toHaveLength(100);
  });
});
