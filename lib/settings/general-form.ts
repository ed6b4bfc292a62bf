import { z } from "zod";
import { coverFileName } from "@/lib/uploads/image-check";
import { blockText, lineText } from "@/lib/validation/text";
import { SITE_LANGUAGE_CODES } from "./languages";
import { isTimeZone } from "@/lib/env";
import { type SiteSettings, siteSettingsSchema } from "./site";

// Admin → Settings → General sends text; this turns it into site settings or
// into a message beside each field. Unlike the stored-value parser (which
// quietly falls back to defaults), nothing here is guessed.

export const generalFields = ["title", "tagline", "description", "language", "timeZone", "postsPerPage", "logo"] as const satisfies readonly (keyof SiteSettings)[];

export type GeneralField = (typeof generalFields)[number];

const formSchema = z.object({
  title: lineText({ max: 100, tooLong: "The site title can be at most 100 characters.", required: "Give the site a title." }),
  tagline: lineText({ max: 200, tooLong: "The tagline can be at most 200 characters." }),
  description: blockText({ max: 300, tooLong: "The description can be at most 300 characters." }).transform((text) => text.replace(/\s+/g, " ").trim()),
  language: z.enum(SITE_LANGUAGE_CODES, { error: "Choose a language from the list." }),
  // Blank: the server's SITE_TIME_ZONE.
  timeZone: z
    .string()
    .trim()
    .max(64, "Choose a time zone from the list.")
    .transform((zone) => (zone === "" ? null : zone))
    .refine((zone) => zone === null || isTimeZone(zone), "Choose a time zone from the list, such as Europe/London."),
  postsPerPage: z
    .string()
    .trim()
    .regex(/^\d+$/, "Posts per page must be a whole number.")
    .transform(Number)
    .pipe(z.number().min(1, "Show at least 1 post per page.").max(50, "Posts per page can be at most 50.")),
  logo: z
    .string()
    .transform((name) => (name === "" ? null : name))
    .pipe(coverFileName.nullable()),
});

export type GeneralFormResult = { ok: true; settings: SiteSettings } | { ok: false; errors: Partial<Record<GeneralField, string>> };

export function parseGeneralForm(get: (name: string) => FormDataEntryValue | null): GeneralFormResult {
  const raw = Object.fromEntries(generalFields.map((field) => [field, get(field) ?? ""]));
  const parsed = formSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Partial<Record<GeneralField, string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as GeneralField] ??= issue.message;
    return { ok: false, errors };
  }
  // The stored-value schema has the last word, so what is saved always reads back the same.
  return { ok: true, settings: siteSettingsSchema.parse(parsed.data) };
}
