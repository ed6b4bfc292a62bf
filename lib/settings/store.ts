import "server-only";
import type { Database } from "@/db";
import { getDb } from "@/lib/db";
import { readSetting, writeSetting } from "@/db/queries/settings";
import { DISCUSSION_SETTINGS_KEY, type DiscussionSettings, parseDiscussionSettings } from "./discussion";
import { parseSiteSettings, SITE_SETTINGS_KEY, type SiteSettings } from "./site";

// Reading and writing the two settings documents; the parsers fill in defaults
// for anything missing, so a new install needs no setup.

export async function readSiteSettings(db: Database): Promise<SiteSettings> {
  return parseSiteSettings(await readSetting(db, SITE_SETTINGS_KEY));
}

export async function writeSiteSettings(db: Database, value: SiteSettings): Promise<void> {
  await writeSetting(db, SITE_SETTINGS_KEY, value);
}

export async function readDiscussionSettings(db: Database): Promise<DiscussionSettings> {
  return parseDiscussionSettings(await readSetting(db, DISCUSSION_SETTINGS_KEY));
}

export async function writeDiscussionSettings(db: Database, value: DiscussionSettings): Promise<void> {
  await writeSetting(db, DISCUSSION_SETTINGS_KEY, value);
}

/** The discussion settings as stored now (uncached: for the admin page that edits them). */
export async function currentDiscussionSettings(): Promise<DiscussionSettings> {
  return readDiscussionSettings(getDb());
}

/** Replaces the discussion settings in one write. */
export async function replaceDiscussionSettings(value: DiscussionSettings): Promise<void> {
  await getDb().transaction((tx) => writeDiscussionSettings(tx, value));
}
