"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { allowed, defineAction } from "@/lib/forms/action";
import type { ActionState } from "@/lib/forms/action-state";
import { wakeSchedulerAt } from "@/lib/jobs/scheduler";
import { type PostField, postFields, postInputSchema } from "@/lib/posts/post-input";
import { type Conflict, type SavedPost, savePost } from "@/lib/posts/save-post";
import { acceptImageUpload } from "@/lib/uploads/accept-image";

export type EditorSaveState = ActionState<PostField, { post: SavedPost; createdCategory: boolean } | { conflict: Conflict }>;

/**
 * Every save from the editor: autosave, save draft, submit, publish, schedule,
 * unpublish, restore. Who may do what to which post is decided in savePost.
 */
export const savePostAction = defineAction({
  label: "save a post",
  gate: allowed("post:create", "You don’t have permission to write posts."),
  read: (input: unknown) => input,
  schema: postInputSchema,
  fields: postFields,
  malformed: "The editor sent something unexpected. Reload and try again.",
  async run(input, actor): Promise<EditorSaveState> {
    const result = await savePost(actor, input);
    if (!result.ok) {
      const { fieldErrors, formError, conflict } = result;
      return {
        ok: false,
        ...(fieldErrors && { fieldErrors }),
        formError: formError ?? "Some fields need attention. Nothing was saved.",
        ...(conflict && { data: { conflict } }),
      };
    }
    // Home page, archives, feeds and the article itself change at once.
    // (Nothing else: any revalidation re-renders the editor page in the response,
    // and Admin → Posts is rendered per request anyway.)
    for (const tag of result.invalidate) updateTag(tag);
    if (result.post.status === "scheduled" && result.post.publishedAt) wakeSchedulerAt(new Date(result.post.publishedAt));
    return { ok: true, data: { post: result.post, createdCategory: result.createdCategory } };
  },
});

export type UploadState = ActionState<"file", { file: string; width: number; height: number }>;

/** A cover image: checked by its bytes (type, size, dimensions), then stored under its hash. */
export const uploadCoverImage = defineAction({
  label: "upload a cover image",
  gate: allowed("post:create", "You don’t have permission to upload images."),
  read: (formData: FormData) => ({ file: formData.get("file") }),
  schema: z.object({ file: z.instanceof(File, { error: "Choose an image to upload." }) }),
  fields: ["file"],
  async run({ file }): Promise<UploadState> {
    const image = await acceptImageUpload(file);
    if (!image.ok) return { ok: false, fieldErrors: { file: image.message } };
    return { ok: true, data: { file: image.file, width: image.width, height: image.height } };
  },
});
