import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, getDatabaseHandle } from "../../lib/db";
import { migrateDatabase } from "../migrate";
import { markClientIpServer } from "../../lib/client-ip";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

// Uploads from tests go to a throwaway folder, never the developer's data folder.
process.env.BROADSHEET_UPLOADS_DIR ??= path.join(tmpdir(), `broadsheet-test-uploads-${process.pid}`);

// Tests stand in for server.mjs, which vouches for the client-address header.
markClientIpServer();

// Expected failures (an SMTP server the test stopped) log warnings; keep the report readable.
process.env.LOG_LEVEL ??= "error";

// Actions sign cookies with the session secret; tests use a throwaway one.
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789";

const url = inject("databaseUrl");
if (url) {
  process.env.DATABASE_URL = url;
} else {
  delete process.env.DATABASE_URL;
  process.env.BROADSHEET_DATA_DIR = "memory://";
}

beforeAll(async () => {
  const handle = getDatabaseHandle();
  if (handle.kind === "pglite") await migrateDatabase(handle);
});

afterAll(async () => {
  await closeDatabase();
});
