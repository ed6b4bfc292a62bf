"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import type { ActionState } from "@/lib/forms/action-state";
import { type DiscussionField, discussionFields, parseDiscussionForm } from "@/lib/settings/discussion-form";
import { replaceDiscussionSettings } from "@/lib/settings/store";

export type DiscussionFormState = ActionState<DiscussionField>;

function typed(formData: FormData): Partial<Record<DiscussionField, string>> {
  const values: Partial<Record<DiscussionField, string>> = {};
  for (const field of discussionFields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 100_000);
  }
  return values;
}

/** Admins only: the switches and lists behind every comment decision. */
export const saveDiscussionSettings = defineAction({
  label: "discussion settings",
  gate: allowed("settings:manage", "You don’t have permission to change the discussion settings."),
  read: (_previous: DiscussionFormState, formData: FormData) => formData,
  echo: (_previous, formData) => typed(formData),
  schema: z.instanceof(FormData),
  async run(formData): Promise<DiscussionFormState> {
    const parsed = parseDiscussionForm((name) => formData.get(name));
    if (!parsed.ok) return { formError: "Some settings need fixing. Nothing was saved.", fieldErrors: parsed.errors };
    await replaceDiscussionSettings(parsed.settings);
    // Article pages read these (open or closed, depth, page size, order).
    updateTag(cacheTags.settings);
    return { ok: true };
  },
});
