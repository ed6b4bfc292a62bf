import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** 32 random bytes, base64url: the only shape a link token has. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** A random single-use token for a link, and the hash that is stored instead of it. */
export function createLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens come from URLs and forms: anything not shaped like ours is rejected early. */
export function isWellFormedToken(value: unknown): value is string {
  return linkTokenSchema.safeParse(value).success;
}
