import { z } from "zod";

// Site settings live in the settings table under one key; anything missing or
// invalid there falls back to these defaults, so a new install needs no setup.
export const siteSettingsSchema = z.object({
  title: z.string().min(1).max(100).catch("Broadsheet"),
  tagline: z.string().max(200).catch("News, argued over in good faith"),
  postsPerPage: z.number().int().min(1).max(50).catch(10),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const SITE_SETTINGS_KEY = "site";

export function parseSiteSettings(value: unknown): SiteSettings {
  const input = typeof value === "object" && value !== null ? value : {};
  return siteSettingsSchema.parse(input);
}
