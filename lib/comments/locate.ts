import "server-only";
import { type CommentOrder, locateApprovedComment } from "@/db/queries/comments/threads";
import { readDiscussionSettings } from "@/lib/settings/store";
import { commentAnchor, commentPagePath } from "./urls";
import { getDb } from "@/lib/db";

/** The address of the page showing a published comment, with its anchor; null if it is not public. */
export async function findCommentUrl(id: number, order?: CommentOrder): Promise<string | null> {
  const settings = await readDiscussionSettings(getDb());
  const chosen = order ?? settings.commentOrder;
  const found = await locateApprovedComment(getDb(), { id, perPage: settings.commentsPerPage, order: chosen });
  if (!found) return null;
  return `${commentPagePath(found.slug, chosen, found.page, settings.commentOrder)}#${commentAnchor(id)}`;
}
