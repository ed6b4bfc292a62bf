import "server-only";
import type { Database } from "@/db/client";
import { publishDuePosts } from "@/db/queries/posts/scheduling";
import { purgeEndedSessions } from "@/db/queries/users/sessions";
import { purgeOldTrash } from "@/db/queries/comments/trash";
import { cacheTags } from "@/lib/cache-tags";
import { purgeOldMail } from "@/db/queries/mail-queue";
import { deliverDueMail } from "@/lib/mail/queue";

export interface JobContext {
  /** Cache tags to expire once the job's transaction has committed. */
  invalidate(tag: string): void;
}

export interface Job {
  name: string;
  everyMs: number;
  /** Runs inside the transaction that holds the job's row; returns a one-line summary. */
  run(tx: Database, now: Date, context: JobContext): Promise<string>;
}

export const TRASH_RETENTION_DAYS = 30;
export const SESSION_RETENTION_DAYS = 7;
export const MAIL_RETENTION_DAYS = 30;

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
    // Mail the requests queued and could not send at once, and retries whose time
    // has come. One server at a time runs the job; each message is also claimed
    // with SKIP LOCKED, so a request's own delivery never doubles it.
    name: "deliver-mail",
    everyMs: 5_000,
    async run(tx, now) {
      const report = await deliverDueMail({ db: tx, now });
      const purged = await purgeOldMail(tx, new Date(now.getTime() - MAIL_RETENTION_DAYS * 86_400_000));
      return `sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}, cancelled ${report.cancelled}, purged ${purged}`;
    },
  },
];
