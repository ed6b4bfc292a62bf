import { eq, sql } from "drizzle-orm";
import { parseSiteSettings, SITE_SETTINGS_KEY, type SiteSettings } from "@/lib/settings";
import { DISCUSSION_SETTINGS_KEY, type DiscussionSettings, parseDiscussionSettings } from "@/lib/moderation/discussion-settings";
import type { Database } from "../client";
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

export async function readDiscussionSettings(tx: Database = getDb()): Promise<DiscussionSettings> {
  const [row] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, DISCUSSION_SETTINGS_KEY)).limit(1);
  return parseDiscussionSettings(row?.value);
}

export async function writeDiscussionSettings(value: DiscussionSettings, tx: Database = getDb()): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: DISCUSSION_SETTINGS_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}
