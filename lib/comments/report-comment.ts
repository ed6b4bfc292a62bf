import "server-only";
import { getDb } from "@/lib/db";
import { recordCommentReport } from "@/db/queries/comments/reports";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { limitKeyForIp } from "@/lib/client-ip";
import type { CommentReportReason } from "@/db/schema";

/** Reports one network may send in an hour: enough for a reader, too few to flood the queue. */
export const REPORTS_PER_HOUR_PER_IP = 20;

export type ReportResult = { outcome: "reported" | "already" | "not-found" | "rate-limited"; message: string };

const messages: Record<ReportResult["outcome"], string> = {
  reported: "Thanks. A moderator will take a look.",
  already: "You’ve already reported this comment. A moderator will take a look.",
  "not-found": "That comment is no longer shown.",
  "rate-limited": "Too many reports from your network in the last hour. Try again later.",
};

/**
 * A reader flags a published comment for the moderators. Each reader counts once
 * per comment: an account by its id, a guest by their address.
 */
export async function reportComment(input: {
  commentId: number;
  reason: CommentReportReason;
  viewer: { id: string } | null;
  ip: string;
}): Promise<ReportResult> {
  const client = limitKeyForIp(input.ip);
  const { count } = await hitRateLimit(getDb(), { key: `comment-report:${client}`, windowMs: 3_600_000 });
  if (count > REPORTS_PER_HOUR_PER_IP) return { outcome: "rate-limited", message: messages["rate-limited"] };
  const outcome = await getDb().transaction((tx) =>
    recordCommentReport(tx, {
      commentId: input.commentId,
      reporterKey: input.viewer ? `user:${input.viewer.id}` : `ip:${client}`,
      userId: input.viewer?.id ?? null,
      ip: input.ip,
      reason: input.reason,
    }),
  );
  return { outcome, message: messages[outcome] };
}
