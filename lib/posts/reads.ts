import "server-only";
import { type AdminPostFilters, listAdminPosts, listPostAuthors } from "@/db/queries/posts/admin-list";
import { getPostForEditor } from "@/db/queries/posts/editor";
import { getArticleForPreview } from "@/db/queries/posts/published";
import { getRevision, listRevisions } from "@/db/queries/posts/revisions";
import { nextScheduledAt } from "@/db/queries/posts/scheduling";
import { listCategories } from "@/db/queries/taxonomy/terms";
import type { Cursor } from "@/lib/cursor";
import { getDb } from "@/lib/db";
import { type Actor, can } from "@/lib/permissions";

// What the admin's post pages read. Pages gate access through lib/dal first; the
// list narrows itself to what the actor may see.

export const loadPostForEditor = (id: number) => getPostForEditor(getDb(), id);
export const loadRevision = (postId: number, id: number) => getRevision(getDb(), postId, id);
export const listPostRevisions = (postId: number) => listRevisions(getDb(), postId);
export const loadArticlePreview = (id: number) => getArticleForPreview(getDb(), { id });
export const nextScheduledPublication = () => nextScheduledAt(getDb());

/** Admin → Posts: an author sees their own posts and what is published, never colleagues' drafts. */
export function listPostsFor(actor: Actor, filters: Omit<AdminPostFilters, "visibleTo">, page: { limit: number; after?: Cursor | null }) {
  return listAdminPosts(getDb(), { ...filters, visibleTo: can(actor, "post:publish") ? undefined : actor.id }, page);
}

/** The choices in Admin → Posts' filters. */
export async function listPostFilterChoices() {
  const [authors, sections] = await Promise.all([listPostAuthors(getDb()), listCategories(getDb())]);
  return { authors, sections };
}
