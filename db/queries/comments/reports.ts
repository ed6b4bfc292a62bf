import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { type CommentReportReason, commentReports, comments } from "../../schema";

/**
 * Records one reader's report of a published comment and bumps its count, in the
 * caller's transaction. Returns "already" when this reader reported it before,
 * "not-found" when the comment is not published.
 */
export async function recordCommentReport(
  db: Database,
  report: { commentId: number; reporterKey: string; userId: string | null; ip: string; reason: CommentReportReason },
): Promise<"reported" | "already" | "not-found"> {
  const [comment] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.id, report.commentId), eq(comments.status, "approved")))
    .for("key share")
    .limit(1);
  if (!comment) return "not-found";
  const inserted = await db
    .insert(commentReports)
    .values(report)
    .onConflictDoNothing({ target: [commentReports.commentId, commentReports.reporterKey] })
    .returning({ id: commentReports.id });
  if (inserted.length === 0) return "already";
  await db
    .update(comments)
    .set({ reportCount: sql`${comments.reportCount} + 1` })
    .where(eq(comments.id, report.commentId));
  return "reported";
}
