"use server";

import { updateTag } from "next/cache";
import { getDb } from "@/lib/db";
import { writeDiscussionSettings } from "@/lib/settings/store";
import { cacheTags } from "@/lib/cache-tags";
import { authorize } from "@/lib/dal";
import type { FormState } from "@/lib/forms/form-state";
import { type DiscussionField, discussionFields, parseDiscussionForm } from "@/lib/settings/discussion-form";

export type DiscussionFormState = FormState<DiscussionField>;

/** Admins only: the switches and lists behind every comment decision. */
export async function saveDiscussionSettings(_previous: DiscussionFormState, formData: FormData): Promise<DiscussionFormState> {
  const submission = Date.now();
  const values: Partial<Record<DiscussionField, string>> = {};
  for (const field of discussionFields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 100_000);
  }
  const actor = await authorize("settings:manage");
  if (!actor) return { formError: "You don’t have permission to change the discussion settings.", values, submission };
  const parsed = parseDiscussionForm((name) => formData.get(name));
  if (!parsed.ok) return { formError: "Some settings need fixing. Nothing was saved.", fieldErrors: parsed.errors, values, submission };
  await getDb().transaction((tx) => writeDiscussionSettings(tx, parsed.settings));
  // Article pages read these (open or closed, depth, page size, order).
  updateTag(cacheTags.settings);
  return { ok: true, submission };
}
