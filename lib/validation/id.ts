import { z } from "zod";

/** The largest id a PostgreSQL integer column holds. */
export const MAX_ID = 2_147_483_647;

/** A row id sent as a number (JSON from a client component). */
export const idNumber = z.number("Not an id.").int("Not an id.").positive("Not an id.").max(MAX_ID, "Not an id.");

/** A row id as it arrives in a URL or form: plain digits only (no "1e3", no signs), within int4. */
export const idParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "Not an id.")
  .transform(Number)
  .pipe(z.number().max(MAX_ID, "Not an id."));
