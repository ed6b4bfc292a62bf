import { eq, sql } from "drizzle-orm";
import { parseSiteSettings, SITE_SETTINGS_KEY, type SiteSettings } from "@/lib/settings";
import { getDb } from "../index";
import { settings } from "../schema";

export async function getSiteSettings(): Promise<SiteSettings> {
  const [row] = await getDb()
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, SITE_SETTINGS_KEY))
    .limit(1);
  return parseSiteSettings(row?.value);
}

export async function setSiteSettings(value: SiteSettings): Promise<void> {
  await getDb()
    .insert(settings)
    .values({ key: SITE_SETTINGS_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}
