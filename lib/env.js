// The one place that reads process.env. Imported by next.config.js so a bad
// environment fails the build and the server start with a message saying what to set.
import { z } from "zod";

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
  SITE_URL: z.preprocess(
    emptyToUndefined,
    z.url("must be an absolute URL such as https://news.example.com").default(
      "http://localhost:3000",
    ),
  ),
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
  AUTH_TRUST_HOST: z.preprocess(emptyToUndefined, z.enum(["true", "false"]).default("true")),
  BROADSHEET_AUTO_SEED: z.preprocess(
    emptyToUndefined,
    z.enum(["true", "false"]).default("true"),
  ),
});

/** @param {string} zone */
function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {Record<string, string | undefined>} source
 * @returns {z.infer<typeof schema>}
 */
export function parseEnv(source) {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** @returns {z.infer<typeof schema>} */
export function getEnv() {
  return parseEnv(process.env);
}
