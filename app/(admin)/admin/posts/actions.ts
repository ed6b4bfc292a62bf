"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import type { ActionState } from "@/lib/forms/action-state";
import { trashPosts } from "@/lib/posts/trash-posts";
import { idParam } from "@/lib/validation/id";

/** Bulk "Move to trash" from Admin → Posts; each post's own permission is checked in trashPosts. */
export const trashSelectedPosts = defineAction({
  label: "move posts to the trash",
  gate: allowed("post:create", "You don’t have permission to manage posts."),
  read: (_previous: ActionState, formData: FormData) => ({ ids: formData.getAll("post") }),
  schema: z.object({ ids: z.array(idParam).min(1, "Select at least one post.").max(500, "Select at most 500 posts at once.") }),
  async run(input, actor): Promise<ActionState> {
    const result = await trashPosts(actor, input.ids);
    const wasPublic = (post: { status: string }) => post.status === "published" || post.status === "scheduled";
    for (const post of result.trashed.filter(wasPublic)) {
      // A published post leaves the home page, its archives and its own address.
      updateTag(cacheTags.post(post.id));
      updateTag(cacheTags.postSlug(post.slug));
    }
    if (result.trashed.some(wasPublic)) updateTag(cacheTags.posts);
    revalidatePath("/admin/posts");
    const moved = result.trashed.length === 1 ? "1 post moved to the trash." : `${result.trashed.length} posts moved to the trash.`;
    const refused = result.refused.length ? ` ${result.refused.length} left alone: you can’t delete ${result.refused.length === 1 ? "it" : "them"}.` : "";
    return result.trashed.length > 0 ? { ok: true, message: `${moved}${refused}` } : { formError: `${moved}${refused}` };
  },
});
