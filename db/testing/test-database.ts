import postgres from "postgres";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * The PostgreSQL URL for one suite, derived from TEST_DATABASE_URL with a suffix
 * on the database name, or null to fall back to PGlite. Refuses anything but a
 * local server: these tests drop and recreate their database.
 */
export function testDatabaseUrl(suite: string, base = process.env.TEST_DATABASE_URL): string | null {
  if (!base) return null;
  const url = new URL(base);
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, got ${url.protocol}`);
  }
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(`Refusing to run tests against non-local database host "${url.hostname}".`);
  }
  const name = url.pathname.replace(/^\//, "") || "broadsheet_test";
  url.pathname = `/${name}_${suite}`;
  return url.toString();
}

/** Drops and recreates the database named in the URL, so every run starts clean. */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe test database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
