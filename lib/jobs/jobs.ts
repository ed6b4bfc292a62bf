import "server-only";
import type { Database } from "@/db/client";
import { publishDuePosts } from "@/db/queries/posts/scheduling";
import { purgeEndedSessions } from "@/db/queries/users/sessions";
import { purgeOldTrash } from "@/db/queries/comments/trash";
import { forgetOldAddresses } from "@/db/queries/comments/address-retention";
import { cacheTags } from "@/lib/cache-tags";
import { purgeOldMail } from "@/db/queries/mail-queue";
import { deliverDueMail } from "@/lib/mail/queue";
import { sendDueDigests } from "@/lib/notifications/digests";
import { fanOutNotifications } from "@/lib/notifications/worker";
import { continueSearchReindex, readDiscussionSettings, readSiteSettings } from "@/lib/settings/store";
import { ensureSpamModel } from "@/lib/spam/model";
import { logger } from "@/lib/observability/logger.js";

export interface JobContext {
  /** Cache tags to expire once the job's transaction has committed. */
  invalidate(tag: string): void;
  /** Work to do once the job's transaction has committed, in transactions of its own. */
  afterCommit(task: () => Promise<void>): void;
}

export interface Job {
  name: string;
  everyMs: number;
  /** Runs inside the transaction that holds the job's row; returns a one-line summary. */
  run(tx: Database, now: Date, context: JobContext): Promise<string>;
}

import { MAIL_RETENTION_DAYS, SESSION_RETENTION_DAYS, TRASH_RETENTION_DAYS } from "./retention";

export { MAIL_RETENTION_DAYS, SESSION_RETENTION_DAYS, TRASH_RETENTION_DAYS };

export const jobs: Job[] = [
  {
    // Scheduled posts go live by themselves: status flips, then the home page,
    // archives and the article's own address are expired.
    name: "publish-scheduled",
    everyMs: 1_000,
    async run(tx, now, context) {
      const published = await publishDuePosts(tx, now);
      if (published.length) context.invalidate(cacheTags.posts);
      for (const post of published) {
        context.invalidate(cacheTags.post(post.id));
        context.invalidate(cacheTags.postSlug(post.slug));
      }
      return `published ${published.length} scheduled post(s)`;
    },
  },
  {
    // Ended sessions are kept a while (the account page no longer lists them), then dropped.
    name: "purge-sessions",
    everyMs: 6 * 60 * 60_000,
    async run(tx, now) {
      const deleted = await purgeEndedSessions(tx, { before: new Date(now.getTime() - SESSION_RETENTION_DAYS * 86_400_000) });
      return `deleted ${deleted} session(s) that ended over ${SESSION_RETENTION_DAYS} days ago`;
    },
  },
  {
    name: "purge-trash",
    everyMs: 60 * 60_000,
    async run(tx, now) {
      const ids = await purgeOldTrash(tx, { olderThanDays: TRASH_RETENTION_DAYS, now });
      return `deleted ${ids.length} comment(s) trashed over ${TRASH_RETENTION_DAYS} days ago`;
    },
  },
  {
    // Commenters' IP addresses and browser names are kept only while they help
    // against floods and spam (the discussion setting, 90 days unless changed).
    name: "forget-addresses",
    everyMs: 10 * 60_000,
    async run(tx, now) {
      const { ipRetentionDays } = await readDiscussionSettings(tx);
      const removed = await forgetOldAddresses(tx, { before: new Date(now.getTime() - ipRetentionDays * 86_400_000) });
      return `removed addresses from ${removed.comments} comment(s) and ${removed.reports} report(s) over ${ipRetentionDays} days old`;
    },
  },
  {
    // After the site's language changes, every post is indexed again for search
    // with the new stemming, a batch per run so no transaction grows large.
    name: "search-reindex",
    everyMs: 2_000,
    async run(tx) {
      const step = await continueSearchReindex(tx, 1_000);
      return step === null ? "nothing to index" : step.finished ? "finished indexing posts for search" : `indexed up to ${step.done} post(s) for search`;
    },
  },
  {
    // A new site's spam filter is trained from the starter set (if the first
    // comment's own after-response build did not already).
    name: "spam-model",
    everyMs: 10 * 60_000,
    async run(tx) {
      return (await ensureSpamModel(tx)) ? "built the spam filter's model from the starter set" : "spam filter model present";
    },
  },
  {
    // Notifications and mail. In the job's transaction: events recorded by
    // requests are turned into mail (anything the request's own after-response
    // work missed), and digests and gathered replies whose time has come are
    // composed. Then, each batch in its own short transaction, due mail is sent:
    // claimed with SKIP LOCKED, so a request's own delivery never doubles it.
    name: "deliver-mail",
    everyMs: 5_000,
    async run(tx, now, context) {
      const fannedOut = await fanOutNotifications({ db: tx, now, batch: 500 });
      const site = await readSiteSettings(tx);
      const digests = await sendDueDigests(tx, { now, siteTitle: site.title });
      const purged = await purgeOldMail(tx, new Date(now.getTime() - MAIL_RETENTION_DAYS * 86_400_000));
      context.afterCommit(async () => {
        // Mail queued by this very run is stamped after `now`: deliver as of the later of the two.
        const report = await deliverDueMail({ now: new Date(Math.max(Date.now(), now.getTime())), max: 2_000, budgetMs: 4_000 });
        if (report.sent + report.retrying + report.failed + report.cancelled > 0) logger().info({ job: "deliver-mail", ...report }, "mail delivered");
      });
      return `${fannedOut.events} event(s): queued ${fannedOut.queued}, gathered ${fannedOut.gathered}; ${digests.emails} digest(s), ${digests.dropped} item(s) dropped; purged ${purged}`;
    },
  },
];
