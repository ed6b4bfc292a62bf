import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { rowsOf } from "./rows";
import { users } from "./schema";
import { MAX_PREPARED_PARAMS } from "./prepared-statements";

// PostgreSQL only: the embedded database has no connection pool or statement cache.
describe.skipIf(!process.env.DATABASE_URL)("prepared statements", () => {
  const preparedOnThisConnection = async (tx: Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0]) =>
    rowsOf<{ statement: string }>(await tx.execute(sql`select statement from pg_prepared_statements`)).map((row) => row.statement);

  it("drizzle's statements with parameters are prepared on the connection that runs them, inside transactions too", async () => {
    await getDb().transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(inArray(users.email, ["a@example.test", "b@example.test"]));
      await tx.select({ id: users.id }).from(users).where(inArray(users.email, ["c@example.test", "d@example.test"]));
      const many = Array.from({ length: MAX_PREPARED_PARAMS + 8 }, (_, i) => `x${i}@example.test`);
      await tx.select({ id: users.id }).from(users).where(inArray(users.email, many));
      const statements = await preparedOnThisConnection(tx);
      // Once for the two-address shape, however often it runs; never for the long list.
      expect(statements.filter((text) => text.includes('"email" in ($1, $2)'))).toHaveLength(1);
      expect(statements.some((text) => text.includes(`$${MAX_PREPARED_PARAMS + 8}`))).toBe(false);
    });
  });

  it("a statement prepared before its table changed is planned again, not an error", async () => {
    const read = () => getDb().select({ id: users.id, name: users.name }).from(users).where(inArray(users.email, ["nobody@example.test"]));
    for (let i = 0; i < 6; i++) await read();
    await getDb().execute(sql`alter table users add column zz_probe integer`);
    try {
      await expect(read()).resolves.toEqual([]);
    } finally {
      await getDb().execute(sql`alter table users drop column zz_probe`);
    }
  });
});
