import postgres from "postgres";
import { testDatabaseUrl } from "../../db/testing/test-database";

/**
 * The test server's own PostgreSQL database, for the few tests that must set the
 * scene directly (a thread of sixty comments, a comment posted sixteen minutes
 * ago). Null when the suite runs on the embedded database, which only the server
 * process can open.
 */
export const e2eDatabaseUrl = testDatabaseUrl("e2e");

export async function withDatabase<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  if (!e2eDatabaseUrl) throw new Error("withDatabase needs TEST_DATABASE_URL");
  const sql = postgres(e2eDatabaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
