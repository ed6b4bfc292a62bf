import "server-only";
import type { Database } from "@/db/client";
import { claimNotificationEvents, deleteNotificationEvents } from "@/db/queries/notification-events";
import { runAfterResponse } from "@/lib/after-response";
import { getDb } from "@/lib/db";
import { deliverDueMail } from "@/lib/mail/queue";
import { readDiscussionSettings, readSiteSettings } from "@/lib/settings/store";
import { fanOutHeldComments, queueNewCommentNotices } from "./comment-notifications";
import { queuePublishedNotices, queueReplyNotices } from "./reply-subscriptions";

export interface FanOutReport {
  events: number;
  /** Emails queued to go at once. */
  queued: number;
  /** Notices put aside for a digest or a burst of replies. */
  gathered: number;
}

const FAN_OUT_BATCH = 50;

/**
 * Turns recorded events into mail: claims a batch (SKIP LOCKED, so servers share
 * the work), decides who gets what under the settings and choices of this moment,
 * queues it and deletes the events, all in one transaction.
 */
export async function fanOutNotifications({ db, now = new Date(), batch = FAN_OUT_BATCH }: { db?: Database; now?: Date; batch?: number } = {}): Promise<FanOutReport> {
  const work = async (tx: Database): Promise<FanOutReport> => {
    const report: FanOutReport = { events: 0, queued: 0, gathered: 0 };
    const events = await claimNotificationEvents(tx, batch);
    if (events.length === 0) return report;
    const [settings, site] = await Promise.all([readDiscussionSettings(tx), readSiteSettings(tx)]);
    for (const event of events) {
      if (event.kind === "comment-held") {
        if (!settings.notifyModeratorsOfHeld) continue;
        const { queued, gathered } = await fanOutHeldComments(tx, { commentIds: event.commentIds, authorUserId: event.actorId, siteTitle: site.title, now });
        report.queued += queued;
        report.gathered += gathered;
        continue;
      }
      if (settings.notifyAuthorsOfComments) report.queued += await queueNewCommentNotices(tx, { commentIds: event.commentIds, actorId: event.actorId, siteTitle: site.title });
      if (settings.notifyReplies) {
        const replies = await queueReplyNotices(tx, event.commentIds, { siteTitle: site.title, now, batchMinutes: settings.replyBatchMinutes });
        report.queued += replies.queued;
        report.gathered += replies.gathered;
        if (event.kind === "comments-published") report.queued += await queuePublishedNotices(tx, event.commentIds, site.title);
      }
    }
    await deleteNotificationEvents(
      tx,
      events.map((event) => event.id),
    );
    report.events = events.length;
    return report;
  };
  return db ? work(db) : getDb().transaction(work);
}

/**
 * After a response that recorded events: work them out and send what is due, in
 * this process (the scheduled job picks up anything this misses).
 */
export function notifySoon(): void {
  runAfterResponse("notifications", async () => {
    // A few batches at most; a backlog beyond that is the scheduled job's.
    for (let round = 0; round < 4; round++) if ((await fanOutNotifications()).events < FAN_OUT_BATCH) break;
    await deliverDueMail();
  });
}
