import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startRestartableProxy, type RestartableProxy } from "@/db/testing/restartable-proxy";
import { startTagBroadcast, type TagBroadcast } from "./tag-broadcast.js";

// Two app servers' broadcasts on one PostgreSQL (PGlite is one process: nothing to share).
const url = process.env.DATABASE_URL;

type Heard = { tags: string[]; durations: unknown }[];

describe.skipIf(!url)("cache tag expiry shared between app servers", () => {
  let admin: postgres.Sql;
  let proxy: RestartableProxy;
  const running: TagBroadcast[] = [];

  function server(through = url!) {
    const heard: Heard = [];
    const flushes = { count: 0 };
    const broadcast = startTagBroadcast({ url: through, onExpire: (tags, durations) => heard.push({ tags, durations }), onFlushAll: () => (flushes.count += 1) });
    running.push(broadcast);
    return { broadcast, heard, flushes };
  }

  // Until the broadcast has read where the log stands, it has nothing to catch up from.
  // (Retried: on a loaded machine the first read can fail, and then the next one is the starting point.)
  const ready = async (broadcast: TagBroadcast) => {
    await vi.waitFor(
      async () => {
        await broadcast.catchUp();
        expect(broadcast.stats.started).toBe(true);
      },
      { timeout: 10_000, interval: 50 },
    );
  };

  beforeAll(async () => {
    admin = postgres(url!, { max: 1, onnotice: () => {} });
    const target = new URL(url!);
    proxy = await startRestartableProxy({ host: target.hostname, port: Number(target.port || 5432) });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((broadcast) => broadcast.close()));
    await admin`delete from cache_invalidations`;
  });
  afterAll(async () => {
    await admin.end();
    await proxy.close();
  });

  it("expires a tag on the other server within a second, not twice on its own", async () => {
    const a = server();
    const b = server();
    await Promise.all([ready(a.broadcast), ready(b.broadcast)]);
    const started = Date.now();
    await a.broadcast.publish(["post-comments:7", "comment-counts"]);
    await vi.waitFor(() => expect(b.heard).toEqual([{ tags: ["post-comments:7", "comment-counts"], durations: null }]), { timeout: 1000, interval: 10 });
    expect(Date.now() - started).toBeLessThan(1000);
    await a.broadcast.publish(["posts"], { expire: 0 });
    await vi.waitFor(() => expect(b.heard.at(-1)).toEqual({ tags: ["posts"], durations: { expire: 0 } }), { timeout: 1000, interval: 10 });
    expect(a.heard).toEqual([]);
    expect(b.broadcast.stats.received).toBe(2);
  });

  /** A on the database, B behind a proxy that cuts B off (connections dropped, then refused) while `meanwhile` runs. */
  async function whileBIsCutOff(meanwhile: (a: TagBroadcast) => Promise<unknown>) {
    const through = new URL(url!);
    through.host = `127.0.0.1:${proxy.port}`;
    const a = server();
    const b = server(through.toString());
    await Promise.all([ready(a.broadcast), ready(b.broadcast)]);
    const restart = proxy.restart({ downMs: 400, startingMs: 200 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await meanwhile(a.broadcast);
    await restart;
    return b;
  }

  it("reads what it missed while its connection was down, once it is back", async () => {
    // A expires tags while B is cut off: their NOTIFY never reaches B.
    const b = await whileBIsCutOff(async (a) => {
      await a.publish(["post:1"]);
      await a.publish(["post:2"]);
    });
    await vi.waitFor(() => expect(b.heard.map((entry) => entry.tags[0])).toEqual(["post:1", "post:2"]), { timeout: 6000, interval: 20 });
  });

  it("reads a row whose notification was lost, without waiting for one", async () => {
    const b = server();
    await ready(b.broadcast);
    await admin`insert into cache_invalidations (tags, origin) values (${["tag:lost"]}, 'elsewhere')`;
    await b.broadcast.catchUp();
    expect(b.heard).toEqual([{ tags: ["tag:lost"], durations: null }]);
  });

  it("drops its whole cache when what it missed was already swept away", async () => {
    // While B is cut off, an expiry is recorded and swept (as after an hour away).
    const b = await whileBIsCutOff(async (a) => {
      await a.publish(["post:2"]);
      await admin`delete from cache_invalidations`;
    });
    // Only once the missing ids are clearly not still committing (GAP_WAIT_MS).
    await vi.waitFor(() => expect(b.flushes.count).toBe(1), { timeout: 20_000, interval: 50 });
    expect(b.heard).toEqual([]);
  }, 30_000);

  it("an expiry that commits after a later one is still applied, and one still committing doesn't look swept", async () => {
    const b = server();
    await ready(b.broadcast);
    const slow = postgres(url!, { max: 1, onnotice: () => {} });
    try {
      // The first insert takes its id, then waits to commit; a later one commits first.
      let commit!: () => void;
      const committed = new Promise<void>((resolve) => (commit = resolve));
      const first = slow.begin(async (tx) => {
        await tx`insert into cache_invalidations (tags, origin) values (${["tag:slow"]}, 'elsewhere')`;
        await committed;
      });
      await vi.waitFor(async () => expect(Number((await admin`select last_value from cache_invalidations_id_seq`)[0]!.last_value)).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await admin`insert into cache_invalidations (tags, origin) values (${["tag:fast"]}, 'elsewhere')`;
      await b.broadcast.catchUp();
      expect(b.heard.map((entry) => entry.tags[0])).toEqual(["tag:fast"]);
      expect(b.flushes.count).toBe(0);
      commit();
      await first;
      await b.broadcast.catchUp();
      expect(b.heard.map((entry) => entry.tags[0])).toEqual(["tag:fast", "tag:slow"]);
      expect(b.flushes.count).toBe(0);
    } finally {
      await slow.end();
    }
  });
});
