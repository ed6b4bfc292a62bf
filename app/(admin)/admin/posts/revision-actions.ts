"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { loadPostForEditor, loadRevision } from "@/lib/posts/reads";
import { allowed, defineAction } from "@/lib/forms/action";
import type { ActionState } from "@/lib/forms/action-state";
import { savePost } from "@/lib/posts/save-post";
import { idParam } from "@/lib/validation/id";

const restoreForm = z.object(
  { post: idParam, revision: idParam, version: idParam },
  { error: "That revision can’t be found." },
);

/**
 * Puts a revision's words back as a new save (so the restore is itself a revision
 * and can be undone the same way). The address, section, tags and status stay.
 */
export const restoreRevision = defineAction({
  label: "restore a revision",
  gate: allowed("post:create", "You don’t have permission to edit posts."),
  read: (_previous: ActionState, formData: FormData) => ({
    post: formData.get("post"),
    revision: formData.get("revision"),
    version: formData.get("version"),
  }),
  schema: restoreForm,
  async run(input, actor): Promise<ActionState> {
    const [post, revision] = await Promise.all([
      loadPostForEditor(input.post),
      loadRevision(input.post, input.revision),
    ]);
    if (!post || !revision)
      return { formError: "That revision can’t be found." };
    // savePost checks this account may edit this very post.
    const result = await savePost(actor, {
      id: post.id,
      version: input.version,
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
      if (result.conflict)
        return {
          formError:
            "The post changed since this page was opened. Reload and try again.",
        };
      return {
        formError:
          result.formError ??
          Object.values(result.fieldErrors ?? {})[0] ??
          "That revision can’t be restored.",
      };
    }
    for (const tag of result.invalidate) updateTag(tag);
    redirect(`/admin/posts/${post.id}/edit`);
  },
});
