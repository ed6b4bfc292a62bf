import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The key that signs session cookies. Every app server must share it, so with
 * PostgreSQL it has to come from AUTH_SECRET. The embedded default makes one on
 * first start and keeps it beside the database, so the two-command start needs no setup.
 */
export function resolveAuthSecret(env: {
  AUTH_SECRET?: string;
  DATABASE_URL?: string;
  BROADSHEET_DATA_DIR: string;
}): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new Error(
      "AUTH_SECRET must be set when DATABASE_URL is set, with the same value on every app server. Generate one with: openssl rand -base64 33",
    );
  }
  const file = path.join(env.BROADSHEET_DATA_DIR, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(env.BROADSHEET_DATA_DIR, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another request wrote it first; use theirs.
      return readFileSync(file, "utf8").trim();
    }
  }
}
