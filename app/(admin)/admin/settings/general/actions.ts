"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import type { ActionState } from "@/lib/forms/action-state";
import { type GeneralField, generalFields, parseGeneralForm } from "@/lib/settings/general-form";
import { replaceSiteSettings } from "@/lib/settings/store";
import { acceptImageUpload } from "@/lib/uploads/accept-image";
import { isStoredUpload } from "@/lib/uploads/storage";

export type GeneralFormState = ActionState<GeneralField, { reindexing: boolean }>;

function typed(formData: FormData): Partial<Record<GeneralField, string>> {
  const values: Partial<Record<GeneralField, string>> = {};
  for (const field of generalFields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 10_000);
  }
  return values;
}

/** Admins only: the site's name, description, language, time zone, page size and logo. */
export const saveGeneralSettings = defineAction({
  label: "general settings",
  gate: allowed("settings:manage", "You don’t have permission to change the site settings."),
  read: (_previous: GeneralFormState, formData: FormData) => formData,
  echo: (_previous, formData) => typed(formData),
  schema: z.instanceof(FormData),
  async run(formData): Promise<GeneralFormState> {
    const parsed = parseGeneralForm((name) => formData.get(name));
    if (!parsed.ok) return { formError: "Some settings need fixing. Nothing was saved.", fieldErrors: parsed.errors };
    if (parsed.settings.logo && !(await isStoredUpload(parsed.settings.logo))) {
      return { formError: "Some settings need fixing. Nothing was saved.", fieldErrors: { logo: "That logo isn’t on this site any more. Upload it again." } };
    }
    const saved = await replaceSiteSettings(parsed.settings);
    // Every public page and feed shows the title, and lists follow the page size.
    updateTag(cacheTags.settings);
    return { ok: true, data: saved };
  },
});

export type LogoUploadState = ActionState<"file", { file: string }>;

export const uploadLogo = defineAction({
  label: "upload the site logo",
  gate: allowed("settings:manage", "You don’t have permission to change the site settings."),
  read: (formData: FormData) => ({ file: formData.get("file") }),
  schema: z.object({ file: z.instanceof(File, { error: "Choose an image to upload." }) }),
  fields: ["file"],
  async run({ file }): Promise<LogoUploadState> {
    const image = await acceptImageUpload(file);
    if (!image.ok) return { ok: false, fieldErrors: { file: image.message } };
    return { ok: true, data: { file: image.file } };
  },
});
