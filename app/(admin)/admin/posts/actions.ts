"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { idParam } from "@/lib/validation/id";
import { cacheTags } from "@/lib/cache-tags";
import { authorize } from "@/lib/dal";
import { trashPosts } from "@/lib/posts/trash-posts";

export type PostListState = { ok: boolean; message: string };

/** Bulk "Move to trash" from Admin → Posts. */
export async function trashSelectedPosts(_previous: PostListState | null, formData: FormData): Promise<PostListState> {
  const actor = await authorize("post:create");
  if (!actor) return { ok: false, message: "You don’t have permission to manage posts." };
  const ids = z.array(idParam).min(1, "Select at least one post.").max(500).safeParse(formData.getAll("post"));
  if (!ids.success) return { ok: false, message: ids.error.issues[0]?.message ?? "Unknown post." };
  const result = await trashPosts(actor, ids.data);
  for (const post of result.trashed) {
    // A published post leaves the home page, its archives and its own address.
    if (post.status === "published" || post.status === "scheduled") {
      updateTag(cacheTags.post(post.id));
      updateTag(cacheTags.postSlug(post.slug));
    }
  }
  if (result.trashed.some((post) => post.status === "published" || post.status === "scheduled")) updateTag(cacheTags.posts);
  revalidatePath("/admin/posts");
  const moved = result.trashed.length === 1 ? "1 post moved to the trash." : `${result.trashed.length} posts moved to the trash.`;
  const refused = result.refused.length ? ` ${result.refused.length} left alone: you can’t delete ${result.refused.length === 1 ? "it" : "them"}.` : "";
  return { ok: result.trashed.length > 0, message: `${moved}${refused}` };
}
