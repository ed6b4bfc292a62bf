"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getPostForEditor } from "@/db/queries/posts/editor";
import { getRevision } from "@/db/queries/posts/revisions";
import { authorize } from "@/lib/dal";
import { savePost } from "@/lib/posts/save-post";
import { idParam } from "@/lib/validation/id";
import { getDb } from "@/lib/db";

export type RestoreState = { message: string } | null;

const restoreForm = z.object({ post: idParam, revision: idParam, version: idParam });

/**
 * Puts a revision's words back as a new save (so the restore is itself a revision
 * and can be undone the same way). The address, section, tags and status stay.
 */
export async function restoreRevision(_previous: RestoreState, formData: FormData): Promise<RestoreState> {
  const actor = await authorize("post:create");
  if (!actor) return { message: "You don’t have permission to edit posts." };
  const parsed = restoreForm.safeParse({ post: formData.get("post"), revision: formData.get("revision"), version: formData.get("version") });
  if (!parsed.success) return { message: "That revision can’t be found." };
  const [post, revision] = await Promise.all([getPostForEditor(getDb(), parsed.data.post), getRevision(getDb(), parsed.data.post, parsed.data.revision)]);
  if (!post || !revision) return { message: "That revision can’t be found." };
  const result = await savePost(actor, {
    id: post.id,
    version: parsed.data.version,
    intent: "save",
    headline: revision.headline,
    slug: post.slug,
    kicker: revision.kicker,
    lead: revision.lead,
    body: revision.body,
    sourceName: revision.sourceName ?? "",
    sourceUrl: revision.sourceUrl ?? "",
    categoryId: post.categoryId,
    tags: post.tags,
    coverImage: post.coverImage,
    coverAlt: post.coverAlt,
    commentsOpen: post.commentsOpen,
    authorId: post.authorId,
  });
  if (!result.ok) {
    if (result.conflict) return { message: "The post changed since this page was opened. Reload and try again." };
    return { message: result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "That revision can’t be restored." };
  }
  for (const tag of result.invalidate) updateTag(tag);
  redirect(`/admin/posts/${post.id}/edit`);
}
