import { z } from "zod";
import { isValidSlug, MAX_SLUG_LENGTH } from "@/lib/slug";

/** An address as typed in a form: trimmed, lower-cased, empty allowed (the caller derives one). */
export const slugInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG_LENGTH, `Keep the address under ${MAX_SLUG_LENGTH} characters.`)
  .refine((slug) => slug === "" || isValidSlug(slug), "Use lower-case letters, digits and single hyphens only.");
