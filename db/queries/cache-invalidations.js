// Cache tags expired on one app server, shared with the others through PostgreSQL.
// Plain JavaScript on a postgres.js client of its own: server.mjs loads this
// outside Next's bundles (and outside the React server graph, so no "server-only").

export const CHANNEL = "broadsheet_cache";

/**
 * @typedef {import("postgres").Sql} Sql
 * @typedef {{ expire?: number } | null} Durations
 * @typedef {{ id: number, tags: string[], durations: Durations, origin: string, createdAt: Date, ageMs: number }} Invalidation
 */

/** Records the expiry and wakes every listening server, in one statement. @param {Sql} sql @param {{ tags: string[], durations: Durations, origin: string }} row @returns {Promise<number>} */
export async function recordInvalidation(sql, { tags, durations, origin }) {
  const [row] = await sql`
    with added as (
      insert into cache_invalidations (tags, durations, origin)
      values (${tags}, ${durations === null ? null : sql.json(durations)}, ${origin})
      returning id
    )
    select id, pg_notify(${CHANNEL}, id::text) from added`;
  return Number(row?.id);
}

/**
 * The oldest id still recorded (0 when none) and the last id ever handed out: a
 * server starts reading after the latter, and one whose next row is gone has
 * missed rows that were swept away.
 * @param {Sql} sql @returns {Promise<{ first: number, last: number }>}
 */
export async function invalidationSpan(sql) {
  const [row] = await sql`
    select (select coalesce(min(id), 0) from cache_invalidations) as first,
           (select case when is_called then last_value else 0 end from cache_invalidations_id_seq) as last`;
  return { first: Number(row?.first ?? 0), last: Number(row?.last ?? 0) };
}

/** Everything recorded after `id`, oldest first. @param {Sql} sql @param {number} id @returns {Promise<Invalidation[]>} */
export async function invalidationsAfter(sql, id) {
  /** @type {{ id: string, tags: string[], durations: Durations, origin: string, created_at: Date, age_ms: number }[]} */
  const rows = await sql`
    select id, tags, durations, origin, created_at,
           (extract(epoch from clock_timestamp() - created_at) * 1000)::float8 as age_ms
    from cache_invalidations where id > ${id} order by id limit 5000`;
  return rows.map((row) => ({ id: Number(row.id), tags: row.tags, durations: row.durations, origin: row.origin, createdAt: row.created_at, ageMs: Number(row.age_ms) }));
}

/** Expiries older than an hour: every server has long caught up (or restarted with an empty cache). @param {Sql} sql */
export async function sweepInvalidations(sql) {
  await sql`delete from cache_invalidations where created_at < now() - interval '1 hour'`;
}
