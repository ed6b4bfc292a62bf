/** Walks an error and its causes (drizzle wraps the driver's error) for a property. */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 10; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** True when PostgreSQL refused a row for breaking a unique constraint (either driver). */
export function isUniqueViolation(error: unknown): boolean {
  return codesOf(error).includes("23505");
}

/** True when a row named another that doesn't exist (a foreign key). */
export function isForeignKeyViolation(error: unknown): boolean {
  return codesOf(error).includes("23503");
}

// The connection, not the statement, failed: the server restarting or shutting
// down (57P01–57P03, class 08), the socket closing or refusing, a timeout.
const CONNECTION_CODES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
]);

/** True when a query failed because the database connection did, so trying again on a new one may work. */
export function isConnectionError(error: unknown): boolean {
  return codesOf(error).some((code) => CONNECTION_CODES.has(code) || code.startsWith("08"));
}
