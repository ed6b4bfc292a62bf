// The one place that reads process.env. Imported by next.config.js so a bad
// environment fails the build and the server start with a message saying what to set.
import { z } from "zod";
import { parseProxyList } from "./client-ip.js";

/** @param {unknown} value */
const emptyToUndefined = (value) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        "must be a PostgreSQL URL such as postgres://user:pass@host:5432/db",
      )
      .optional(),
  ),
  BROADSHEET_DATA_DIR: z.preprocess(
    emptyToUndefined,
    z.string().default(".data"),
  ),
  // Unset: http://localhost on the port the server listens on (see parseEnv).
  SITE_URL: z.preprocess(emptyToUndefined, z.url("must be an absolute URL such as https://news.example.com").optional()),
  SITE_TIME_ZONE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine(isTimeZone, "must be an IANA time zone such as Europe/London")
      .default("UTC"),
  ),
  AUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .min(32, "must be at least 32 characters; generate one with: openssl rand -base64 33")
      .optional(),
  ),
  AUTH_GITHUB_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  AUTH_GITHUB_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
  AUTH_GOOGLE_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  AUTH_GOOGLE_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
  // Build sign-in links from the Host / X-Forwarded-Host a trusted proxy passes on
  // (only ever with TRUSTED_PROXY_HOPS > 0); otherwise they are built from SITE_URL.
  AUTH_TRUST_HOST: z.preprocess(emptyToUndefined, z.enum(["true", "false"]).default("true")),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default("0.0.0.0")),
  TRUSTED_PROXY_HOPS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "must be the number of proxies in front of the app (0 when none)" })
      .int()
      .min(0)
      .max(5)
      .default(0),
  ),
  // Addresses (or CIDR ranges) of the proxies whose X-Forwarded-For counts; loopback by default.
  TRUSTED_PROXIES: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("127.0.0.1/8,::1")
      .refine(isProxyList, "must be IP addresses or CIDR ranges separated by commas, such as 10.0.0.0/8,::1"),
  ),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, "must be an SMTP URL such as smtps://user:password@smtp.example.com:465")
      .optional(),
  ),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("Broadsheet <no-reply@localhost>")),
  MAIL_OUTBOX_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  BROADSHEET_AUTO_SEED: z.preprocess(
    emptyToUndefined,
    z.enum(["true", "false"]).default("true"),
  ),
  // Where uploaded images are kept; defaults to "uploads" inside the data folder.
  BROADSHEET_UPLOADS_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  // Memory for cached pages and data, per app server; least recently used go first.
  BROADSHEET_CACHE_MB: z.preprocess(emptyToUndefined, z.coerce.number().int().min(8).max(65536).default(256)),
  // Node processes `npm start` runs (one per core by default); the embedded database allows one.
  WEB_CONCURRENCY: z.preprocess(emptyToUndefined, z.union([z.literal("auto"), z.coerce.number().int().min(1).max(64)]).default("auto")),
  // Set by npm start for the processes it runs, so each accepts its siblings' scheduler
  // calls (they reach any process on the shared port); each process makes its own otherwise.
  BROADSHEET_JOBS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(32).optional()),
  // "off" keeps this server out of scheduled work (another server still does it).
  BROADSHEET_JOBS: z.preprocess(emptyToUndefined, z.enum(["on", "off"]).default("on")),
  // A read-only copy of DATABASE_URL's database for archives, search, feeds and sitemaps.
  DATABASE_REPLICA_URL: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL such as postgres://reader@replica:5432/db").optional(),
  ),
  // Prepared statements on each connection (much less planning); "off" behind PgBouncer in transaction mode.
  DATABASE_PREPARED_STATEMENTS: z.preprocess(emptyToUndefined, z.enum(["on", "off"]).default("on")),
  // JSON lines on stdout; "debug" adds every request's cache outcome detail.
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  // /metrics answers only these addresses (after proxy resolution) or a Bearer token; neither set: nobody.
  METRICS_ALLOW: z.preprocess(
    emptyToUndefined,
    z.string().refine(isProxyList, "must be IP addresses or CIDR ranges separated by commas, such as 10.0.0.5,127.0.0.1").optional(),
  ),
  METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(24, "must be at least 24 characters; generate one with: openssl rand -hex 16").optional()),
});

/** @param {string} list */
function isProxyList(list) {
  try {
    return parseProxyList(list).length > 0;
  } catch {
    return false;
  }
}

/** Whether `zone` is an IANA time zone this runtime knows. @param {string} zone */
export function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** @typedef {Omit<z.infer<typeof schema>, "SITE_URL"> & { SITE_URL: string }} Env */

/**
 * @param {Record<string, string | undefined>} source
 * @returns {Env}
 */
export function parseEnv(source) {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return { ...result.data, SITE_URL: result.data.SITE_URL ?? `http://localhost:${result.data.PORT}` };
}

/**
 * Whether Auth.js may take the site's address from the request: only behind a
 * proxy the operator declared, which sets the forwarded host itself.
 * @param {Env} env
 */
export function authTrustsRequestHost(env) {
  return env.AUTH_TRUST_HOST === "true" && env.TRUSTED_PROXY_HOPS > 0;
}

/** @returns {Env} */
export function getEnv() {
  return parseEnv(process.env);
}

/** Whether this process is `next build` (which must never touch a database). */
export function isNextBuild() {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/** The public address without a trailing slash, for absolute links (feeds, sitemaps, emails, structured data). */
export function siteBase() {
  return getEnv().SITE_URL.replace(/\/$/, "");
}
