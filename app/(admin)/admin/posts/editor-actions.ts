"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { authorize } from "@/lib/dal";
import { wakeSchedulerAt } from "@/lib/jobs/scheduler";
import { type SaveResult, savePost } from "@/lib/posts/save-post";
import { checkImage } from "@/lib/uploads/image-check";
import { storeUpload } from "@/lib/uploads/storage";

export type EditorSaveResult = Exclude<SaveResult, { ok: true }> | Omit<Extract<SaveResult, { ok: true }>, "invalidate">;

/**
 * Every save from the editor: autosave, save draft, submit, publish, schedule,
 * unpublish, restore. Who may do what to which post is decided in savePost.
 */
export async function savePostAction(input: unknown): Promise<EditorSaveResult> {
  const actor = await authorize("post:create");
  if (!actor) return { ok: false, formError: "You don’t have permission to write posts." };
  const result = await savePost(actor, input);
  if (!result.ok) return result;
  // Home page, archives, feeds and the article itself change at once.
  // (Nothing else: any revalidation re-renders the editor page in the response,
  // and Admin → Posts is rendered per request anyway.)
  for (const tag of result.invalidate) updateTag(tag);
  if (result.post.status === "scheduled" && result.post.publishedAt) wakeSchedulerAt(new Date(result.post.publishedAt));
  const { invalidate: _tags, ...rest } = result;
  return rest;
}

const uploadForm = z.instanceof(File);

export type UploadResult = { ok: true; file: string; width: number; height: number } | { ok: false; message: string };

/** A cover image: checked by its bytes (type, size, dimensions), then stored under its hash. */
export async function uploadCoverImage(formData: FormData): Promise<UploadResult> {
  const actor = await authorize("post:create");
  if (!actor) return { ok: false, message: "You don’t have permission to upload images." };
  const file = uploadForm.safeParse(formData.get("file"));
  if (!file.success) return { ok: false, message: "Choose an image to upload." };
  const bytes = new Uint8Array(await file.data.arrayBuffer());
  const check = checkImage(bytes);
  if (!check.ok) return check;
  const name = await storeUpload(bytes, check.extension);
  return { ok: true, file: name, width: check.width, height: check.height };
}
