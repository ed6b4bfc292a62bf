import { z } from "zod";
import { isTimeZone } from "@/lib/env";
import { coverFileName } from "@/lib/uploads/image-check";
import { SITE_LANGUAGE_CODES } from "./languages";

// Site settings live in the settings table under one key; anything missing or
// invalid there falls back to these defaults, field by field, so a new install
// needs no setup and one bad value never takes the others with it.
export const siteSettingsSchema = z.object({
  title: z.string().trim().min(1).max(100).catch("Broadsheet"),
  tagline: z.string().max(200).catch("News, argued over in good faith"),
  /** For search engines and link previews of the home page; the tagline stands in when empty. */
  description: z.string().max(300).catch(""),
  language: z.enum(SITE_LANGUAGE_CODES).catch("en-GB"),
  /** An IANA zone for dates on pages and scheduling; null: the server's SITE_TIME_ZONE. */
  timeZone: z.string().refine(isTimeZone).nullable().catch(null),
  postsPerPage: z.number().int().min(1).max(50).catch(10),
  /** An uploaded image (content-hash name under /uploads/) shown in place of the title's lettering. */
  logo: coverFileName.nullable().catch(null),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const SITE_SETTINGS_KEY = "site";

export function parseSiteSettings(value: unknown): SiteSettings {
  const input = typeof value === "object" && value !== null ? value : {};
  return siteSettingsSchema.parse(input);
}

/** The description pages and feeds give for the whole site. */
export function siteDescription(settings: Pick<SiteSettings, "description" | "tagline">): string {
  return settings.description.trim() || settings.tagline;
}
