/** Rows of a raw `db.execute`, from either driver (postgres.js gives an array, PGlite `{ rows }`). */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
