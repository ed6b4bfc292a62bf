import "server-only";
import { z } from "zod";
import type { Database } from "@/db";
import { getDb } from "@/lib/db";
import { deleteSetting, readSetting, writeSetting } from "@/db/queries/settings";
import { reindexPostsAfter } from "@/db/queries/search";
import { DISCUSSION_SETTINGS_KEY, type DiscussionSettings, parseDiscussionSettings } from "./discussion";
import { siteLanguage } from "./languages";
import { parseSiteSettings, SITE_SETTINGS_KEY, type SiteSettings } from "./site";

// Reading and writing the settings documents; the parsers fill in defaults for
// anything missing, so a new install needs no setup.

/** The PostgreSQL text-search configuration broadsheet_search_config() reads (migration 0032). */
const SEARCH_CONFIG_KEY = "search-config";
/** Where a re-index after a language change has got to; absent when there is none to do. */
const SEARCH_REINDEX_KEY = "search-reindex";
/** What the function answers while nothing is stored. */
const DEFAULT_SEARCH_CONFIG = "english";
const reindexState = z.object({ afterId: z.number().int() });

export async function readSiteSettings(db: Database): Promise<SiteSettings> {
  return parseSiteSettings(await readSetting(db, SITE_SETTINGS_KEY));
}

/**
 * Saves the site settings. A new language that stems differently also switches
 * site search's configuration and starts indexing every post again (the
 * search-reindex job, a batch at a time), in the same transaction as the change.
 */
export async function writeSiteSettings(db: Database, value: SiteSettings): Promise<{ reindexing: boolean }> {
  await writeSetting(db, SITE_SETTINGS_KEY, value);
  const config = siteLanguage(value.language).searchConfig;
  const stored = await readSetting(db, SEARCH_CONFIG_KEY);
  if (config === (typeof stored === "string" ? stored : DEFAULT_SEARCH_CONFIG)) return { reindexing: false };
  await writeSetting(db, SEARCH_CONFIG_KEY, config);
  await writeSetting(db, SEARCH_REINDEX_KEY, { afterId: 0 });
  return { reindexing: true };
}

/** Indexes the next batch of posts if a language change left some to do; how many are left is unknown, so it says whether it finished. */
export async function continueSearchReindex(db: Database, batch = 500): Promise<{ done: number; finished: boolean } | null> {
  const state = reindexState.safeParse(await readSetting(db, SEARCH_REINDEX_KEY));
  if (!state.success) return null;
  const last = await reindexPostsAfter(db, { afterId: state.data.afterId, batch });
  if (last === null) {
    await deleteSetting(db, SEARCH_REINDEX_KEY);
    return { done: 0, finished: true };
  }
  await writeSetting(db, SEARCH_REINDEX_KEY, { afterId: last });
  return { done: batch, finished: false };
}

/** Whether a language change is still being applied to site search. */
export async function isSearchReindexing(db: Database): Promise<boolean> {
  return reindexState.safeParse(await readSetting(db, SEARCH_REINDEX_KEY)).success;
}

export async function readDiscussionSettings(db: Database): Promise<DiscussionSettings> {
  return parseDiscussionSettings(await readSetting(db, DISCUSSION_SETTINGS_KEY));
}

export async function writeDiscussionSettings(db: Database, value: DiscussionSettings): Promise<void> {
  await writeSetting(db, DISCUSSION_SETTINGS_KEY, value);
}

/** The site settings as stored now (uncached: for the admin page that edits them). */
export async function currentSiteSettings(): Promise<SiteSettings & { searchReindexing: boolean }> {
  const db = getDb();
  const [settings, searchReindexing] = await Promise.all([readSiteSettings(db), isSearchReindexing(db)]);
  return { ...settings, searchReindexing };
}

/** Replaces the site settings in one transaction (with the search switch, if the language changed). */
export async function replaceSiteSettings(value: SiteSettings): Promise<{ reindexing: boolean }> {
  return getDb().transaction((tx) => writeSiteSettings(tx, value));
}

/** The discussion settings as stored now (uncached: for the admin page that edits them). */
export async function currentDiscussionSettings(): Promise<DiscussionSettings> {
  return readDiscussionSettings(getDb());
}

/** Replaces the discussion settings in one write. */
export async function replaceDiscussionSettings(value: DiscussionSettings): Promise<void> {
  await getDb().transaction((tx) => writeDiscussionSettings(tx, value));
}
