import "server-only";
import type postgres from "postgres";

/**
 * Statements with more parameters than this vary in length (IN lists, bulk
 * inserts) and are left unprepared, so the set each connection keeps stays
 * small; connections are also recycled every 30 minutes (db/client.ts).
 */
export const MAX_PREPARED_PARAMS = 32;

type Unsafe = (query: string, params?: unknown[], options?: { prepare?: boolean }) => unknown;
type Begin = (...args: unknown[]) => unknown;

/**
 * The postgres.js client with drizzle's statements prepared: drizzle asks for
 * an unnamed statement unless a query was given a name, so PostgreSQL parsed and
 * planned every statement every time. Named, each connection parses a statement
 * once, and PostgreSQL keeps its plan when a generic one is as good (it compares
 * against the first five custom plans, so a plan that needs the values stays
 * custom). A comment submission's 14 statements: 119 → 226 submissions/s one at
 * a time, 170 → 320/s eight at a time (bench/comment-figures.ts). Transactions'
 * own connections are wrapped too. Off with DATABASE_PREPARED_STATEMENTS=off
 * (needed behind PgBouncer in transaction mode).
 */
export function preparingClient<T extends postgres.Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "unsafe") {
        const unsafe = value as Unsafe;
        return (query: string, params: unknown[] = [], options: { prepare?: boolean } = {}) =>
          unsafe.call(target, query, params, { ...options, prepare: options.prepare || (params.length > 0 && params.length <= MAX_PREPARED_PARAMS) });
      }
      if (property === "begin" || property === "savepoint") {
        const begin = value as Begin;
        return (...args: unknown[]) => {
          const work = args.at(-1) as (inner: postgres.Sql) => unknown;
          return begin.call(target, ...args.slice(0, -1), (inner: postgres.Sql) => work(preparingClient(inner)));
        };
      }
      return (value as Begin).bind(target);
    },
  });
}
