import { sql } from "drizzle-orm";
import type { Database } from "../client";

/** Empties every table between tests; identities restart so ids are predictable. */
export async function truncateAll(db: Database): Promise<void> {
  await db.execute(
    sql`truncate table personal_data_requests, wordpress_import_map, legacy_redirects, import_runs, spam_tokens, spam_model, spam_training, notification_events, notification_digest_items, comment_subscriptions, notification_preferences, mail_queue, uploads, cache_invalidations, comment_reports, commenter_blocks, moderation_events, scheduled_jobs, comments, post_tags, post_revisions, post_slug_redirects, posts, tags, categories, settings, auth_tokens, rate_limits, oauth_accounts, users restart identity cascade`,
  );
}
