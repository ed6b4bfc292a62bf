import { z } from "zod";

/** A row id as it arrives in a URL or form: plain digits only (no "1e3", no signs), within int4. */
export const idParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "Not an id.")
  .transform(Number)
  .pipe(z.number().max(2_147_483_647, "Not an id."));
