import "server-only";
import {
  countApprovedBy,
  countCommentsFromIpLastHour,
  findResubmission,
  getParentForReply,
  getPostForComment,
  insertComment,
  isDuplicateComment,
  lastCommentAt,
  lockCommentAuthor,
} from "@/db/queries/comments/submission";
import { isCommenterBlocked } from "@/db/queries/moderation/blocks";
import { readDiscussionSettings } from "@/lib/settings/store";
import { getDb } from "@/lib/db";
import { can } from "@/lib/permissions";
import { limitKeyForIp } from "@/lib/client-ip";
import { commentBodyColumns } from "@/lib/markdown/comment";
import { type AcceptReason, type CommentSubmission, type Decision, decideComment } from "@/lib/comments/rules";
import type { ActiveUser } from "@/db/queries/users/accounts";
import { recordArrivedComment } from "@/lib/notifications/comment-notifications";
import { subscribeToReplies } from "@/lib/notifications/reply-subscriptions";
import { getNotificationModes } from "@/db/queries/notifications";
import { assessComment, spamReasons } from "@/lib/spam/assess";
import { readModelFor, tokensToLookUp } from "@/lib/spam/model";

export interface SubmitCommentInput extends CommentSubmission {
  postId: number;
  parentId: number | null;
  /** The signed-in commenter as the database has them, or null for a guest. */
  viewer: ActiveUser | null;
  ip: string;
  userAgent: string;
  /** "Email me when someone replies" was ticked. */
  notifyReplies?: boolean;
}

export type SubmitCommentResult = Decision & { commentId?: number; postSlug?: string; html?: string; notices?: number };

/** How long the same comment sent again from the same commenter and network counts as the same submission. */
export const RESUBMISSION_WINDOW_MS = 2 * 60_000;

/**
 * One comment, start to finish, in one transaction: lock the author, gather what
 * the rules need, decide, store. Refusals store nothing.
 */
export async function submitComment(input: SubmitCommentInput): Promise<SubmitCommentResult> {
  const viewer = input.viewer;
  // Signed-in readers comment as themselves; what the form sent for them is ignored.
  const name = viewer ? viewer.name : input.name.trim();
  const email = viewer ? viewer.email : input.email.trim();
  const url = input.url.trim();

  const ipKey = limitKeyForIp(input.ip);
  // Rendered before the transaction so its connection and the author's lock are
  // never held across the Markdown pipeline; a refusal just discards it.
  const rendered = commentBodyColumns(input.body);
  // What the spam filter will look up, worked out before the transaction too.
  const filterTokens = viewer && can(viewer, "comment:moderate") ? [] : tokensToLookUp({ body: input.body, name, email, url });

  return getDb().transaction(async (tx): Promise<SubmitCommentResult> => {
    const who = { userId: viewer?.id ?? null, email, ip: input.ip, ipKey };
    const probe = { postId: input.postId, parentId: input.parentId, userId: who.userId, email, body: input.body };
    // Sent together: the statements run in order on the transaction's connection, so
    // the author's lock is held before their history is read, at one round trip's cost.
    const [, settings, post, parent, again, blocked, approvedCount, last, fromIp, duplicate, modes, model] = await Promise.all([
      lockCommentAuthor(tx, [`ip:${ipKey}`, ...(email ? [`email:${email.toLowerCase()}`] : []), ...(viewer ? [`user:${viewer.id}`] : [])]),
      readDiscussionSettings(tx),
      getPostForComment(tx, input.postId),
      input.parentId === null ? Promise.resolve(null) : getParentForReply(tx, input.parentId),
      findResubmission(tx, { ...probe, ipKey, since: new Date(Date.now() - RESUBMISSION_WINDOW_MS) }),
      isCommenterBlocked(tx, who),
      countApprovedBy(tx, who),
      lastCommentAt(tx, who),
      countCommentsFromIpLastHour(tx, ipKey),
      isDuplicateComment(tx, probe),
      viewer ? getNotificationModes(tx, viewer.id) : Promise.resolve({} as Awaited<ReturnType<typeof getNotificationModes>>),
      filterTokens.length ? readModelFor(tx, filterTokens) : Promise.resolve(null),
    ]);
    // Sent again (a double click, or a retry after the first attempt's commit lost
    // its connection): answer as the first time, storing nothing new.
    if (post && again && again.bodyHtml !== null) {
      return { outcome: "accept", status: again.status as "approved" | "pending" | "spam", reason: (again.reason ?? "previously-approved") as AcceptReason, commentId: again.id, postSlug: post?.slug, html: again.bodyHtml };
    }

    const assessment = model && settings.spamFilter ? assessComment({ body: input.body, name, email, url }, { approvedBefore: approvedCount, ...model }) : null;
    const spam = assessment ? { score: assessment.score, reasons: spamReasons(assessment) } : null;
    const decision = decideComment(
      { ...input, name, email, url },
      {
        now: new Date(),
        settings,
        post,
        parent:
          input.parentId === null
            ? null
            : {
                found: parent !== null,
                approved: parent?.status === "approved",
                depth: parent?.depth ?? 0,
                samePost: parent?.postId === input.postId,
              },
        author: { userId: who.userId, canModerate: can(viewer, "comment:moderate"), approvedCount, blocked },
        recent: { lastCommentAt: last, commentsFromIpLastHour: fromIp, duplicate },
        request: { ip: input.ip, userAgent: input.userAgent },
        spam,
      },
    );
    if (decision.outcome === "refuse") return decision;

    const [commentId, events] = await Promise.all([
      insertComment(tx, {
        postId: input.postId,
        parentId: input.parentId,
        rootId: parent ? (parent.rootId ?? input.parentId) : null,
        depth: parent ? parent.depth + 1 : 0,
        userId: who.userId,
        authorName: name,
        authorEmail: email,
        authorUrl: url || null,
        ...rendered,
        status: decision.status,
        moderationReason: decision.reason,
        ip: input.ip,
        ipKey,
        userAgent: input.userAgent.slice(0, 500),
        spamScore: spam?.score ?? null,
        spamReasons: spam?.reasons ?? null,
        spamTokens: assessment?.tokens ?? null,
      }),
      // Who hears of it is worked out after the commit (lib/notifications/worker.ts);
      // here only that it happened, sent with the insert (never for spam).
      decision.status === "spam" ? 0 : recordArrivedComment(tx, { status: decision.status, authorUserId: who.userId, settings }),
    ]);
    let notices = events;
    // Ticked on the form, or chosen once for all their comments on the account page.
    const wantsReplies = input.notifyReplies || modes["replies-to-me"] === "each";
    if (wantsReplies && settings.notifyReplies && decision.status !== "spam" && email && post) {
      const { confirmationQueued } = await subscribeToReplies(tx, { commentId, email, userId: who.userId, headline: post.headline });
      if (confirmationQueued) notices += 1;
    }
    return { ...decision, commentId, postSlug: post?.slug, html: rendered.bodyHtml, notices };
  });
}
