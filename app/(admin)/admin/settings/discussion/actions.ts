"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import type { ActionState } from "@/lib/forms/action-state";
import { type DiscussionField, discussionFields, parseDiscussionForm } from "@/lib/settings/discussion-form";
import { replaceDiscussionSettings } from "@/lib/settings/store";
import { rebuildSpamModel } from "@/lib/spam/model";

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

export type SpamModelState = ActionState<never, { spam: number; ham: number; tokens: number }>;

/**
 * Admins: rebuild the spam filter's model. "reset" goes back to the starter set
 * and forgets every decision; "retrain" is the starter set plus every decision
 * moderators have made (after a change to the starter set, or to start clean).
 */
export const rebuildSpamFilter = defineAction({
  label: "spam filter rebuild",
  gate: allowed("settings:manage", "You don’t have permission to change the spam filter."),
  read: (_previous: SpamModelState, formData: FormData) => ({ mode: formData.get("mode") }),
  schema: z.object({ mode: z.enum(["reset", "retrain"], { error: "Choose reset or retrain." }) }),
  async run({ mode }): Promise<SpamModelState> {
    const built = await rebuildSpamModel(mode);
    return {
      ok: true,
      message: `${mode === "reset" ? "Reset to the starter set" : "Retrained"}: ${built.spam.toLocaleString("en-GB")} spam and ${built.ham.toLocaleString("en-GB")} good comments, ${built.tokens.toLocaleString("en-GB")} tokens.`,
      data: built,
    };
  },
});
