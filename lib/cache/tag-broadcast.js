// Keeps the caches of every app server on one database in step: a tag expired on
// one server is recorded in PostgreSQL and NOTIFY wakes the others, which expire
// it too. A server reads what it missed from the table whenever its listening
// connection (re)connects, and every few seconds besides, so a lost notification
// can't leave a page stale for long. No other service is needed.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { CHANNEL, invalidationSpan, invalidationsAfter, recordInvalidation, sweepInvalidations } from "../../db/queries/cache-invalidations.js";

/**
 * @typedef {{ expire?: number } | null} Durations
 * @typedef {{ received: number, lastLagMs: number | null, maxLagMs: number, published: number, reconnects: number, failedReads: number, started: boolean }} BroadcastStats
 * @typedef {{ publish: (tags: string[], durations?: { expire?: number }) => Promise<void>, catchUp: () => Promise<void>, close: () => Promise<void>, stats: BroadcastStats, origin: string }} TagBroadcast
 */

const POLL_MS = 5_000;
// An id handed out but not yet visible is an insert still committing (ids are
// allocated before commit, so a later one can commit first). Once the rows after
// it are this old, or nothing has come for this long, it never will: it was
// rolled back, or swept away while this server was cut off.
const GAP_WAIT_MS = 10_000;

/**
 * @param {{ url: string, onExpire: (tags: string[], durations: Durations) => void, onFlushAll?: () => void, onLag?: (ms: number) => void, log?: (message: string, error?: unknown) => void }} options
 * @returns {TagBroadcast}
 */
export function startTagBroadcast({ url, onExpire, onFlushAll, onLag, log = () => {} }) {
  const origin = randomUUID();
  const sql = postgres(url, {
    max: 2,
    idle_timeout: 60,
    max_lifetime: 30 * 60,
    connect_timeout: 10,
    backoff: (/** @type {number} */ retries) => Math.min(0.05 * 2 ** retries, 1),
    onnotice: () => {},
  });
  /** @type {BroadcastStats} */
  // started: the log's position has been read once (expiries after it are applied).
  const stats = { received: 0, lastLagMs: null, maxLagMs: 0, published: 0, reconnects: 0, failedReads: 0, started: false };
  // Every id up to `floor` is applied (or passed over); `ahead` holds ids applied
  // above it while an earlier one is still missing.
  /** @type {number | null} */
  let floor = null;
  /** @type {Set<number>} */
  const ahead = new Set();
  /** @type {number | null} */
  let emptyGapSince = null;
  let closed = false;
  let publishedSinceSweep = 0;

  // One catch-up at a time, in order: a notification arriving mid-read queues behind it.
  /** @type {Promise<void>} */
  let queue = Promise.resolve();
  const catchUp = () => {
    queue = queue.then(readMissed).catch((error) => {
      stats.failedReads += 1;
      log("cache catch-up failed", error);
    });
    return queue;
  };

  /** @param {import("../../db/queries/cache-invalidations.js").Invalidation} row */
  function apply(row) {
    ahead.add(row.id);
    if (row.origin === origin) return;
    onExpire(row.tags, row.durations);
    const lag = Math.max(0, Date.now() - row.createdAt.getTime());
    stats.received += 1;
    stats.lastLagMs = lag;
    stats.maxLagMs = Math.max(stats.maxLagMs, lag);
    onLag?.(lag);
  }

  /** Ids below everything still recorded were swept away unread: nothing cached here can be trusted. @param {{ first: number }} span @param {number} missing */
  function passOver(span, missing) {
    if (span.first === 0 || missing < span.first) onFlushAll?.();
  }

  async function readMissed() {
    if (closed) return;
    const span = await invalidationSpan(sql);
    if (floor === null) {
      // A server starting up has nothing cached yet: it follows the log from here.
      floor = span.last;
      stats.started = true;
      return;
    }
    for (;;) {
      const from = /** @type {number} */ (floor);
      const rows = await invalidationsAfter(sql, floor);
      for (const row of rows) if (!ahead.has(row.id)) apply(row);
      for (const row of rows) {
        if (row.id !== floor + 1) {
          // An id is missing before this row: wait for it while the row is young.
          if (row.ageMs < GAP_WAIT_MS) break;
          passOver(span, floor + 1);
        }
        floor = row.id;
        ahead.delete(row.id);
      }
      if (rows.length < 5000 || floor === from) break;
    }
    // Ids handed out with no row after them yet: wait a while, then pass over them.
    if (span.last > floor && ahead.size === 0) {
      emptyGapSince ??= Date.now();
      if (Date.now() - emptyGapSince >= GAP_WAIT_MS) {
        passOver(span, floor + 1);
        floor = span.last;
        emptyGapSince = null;
      }
    } else {
      emptyGapSince = null;
    }
  }

  let connections = 0;
  const listening = sql
    .listen(
      CHANNEL,
      () => void catchUp(),
      () => {
        // Called on the first connection and on every reconnect: read what was missed.
        if (connections++ > 0) stats.reconnects += 1;
        void catchUp();
      },
    )
    .catch((error) => log("cache LISTEN failed", error));
  const poll = setInterval(() => void catchUp(), POLL_MS);
  poll.unref();

  return {
    origin,
    stats,
    catchUp,
    async publish(tags, durations) {
      if (tags.length === 0 || closed) return;
      await recordInvalidation(sql, { tags, durations: durations ?? null, origin });
      stats.published += 1;
      if (++publishedSinceSweep >= 200) {
        publishedSinceSweep = 0;
        void sweepInvalidations(sql).catch((error) => log("cache sweep failed", error));
      }
    },
    async close() {
      closed = true;
      clearInterval(poll);
      await listening;
      await sql.end({ timeout: 2 });
    },
  };
}
