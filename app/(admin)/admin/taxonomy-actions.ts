"use server";

import { revalidatePath, updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { authorize } from "@/lib/dal";
import { echoValues } from "@/lib/forms/form-state";
import { manageTerm, type TermResult, termForm } from "@/lib/taxonomy/manage-terms";

export type TermState =
  | (TermResult & {
      termId?: number;
      /** A refused rename's text, shown again in that row's fields. */
      values?: Partial<Record<"name" | "slug", string>>;
      submission: number;
    })
  | null;

/** Rename, merge or delete a section or tag (editors and admins). */
export async function changeTerm(_previous: TermState, formData: FormData): Promise<TermState> {
  const submission = Date.now();
  const values = formData.get("op") === "rename" ? echoValues(formData, ["name", "slug"] as const) : undefined;
  const actor = await authorize("taxonomy:manage");
  if (!actor) return { ok: false, message: "You don’t have permission to manage sections and tags.", submission };
  const parsed = termForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    const termId = Number(formData.get("id")) || undefined;
    return {
      ok: false,
      message: "Nothing was changed.",
      fieldErrors: field === "name" || field === "slug" || field === "into" ? { [field]: issue!.message } : undefined,
      termId,
      values,
      submission,
    };
  }
  const result = await manageTerm(parsed.data);
  if (result.ok) {
    // Names and addresses show in the site's menu, archives and every article.
    updateTag(parsed.data.kind === "category" ? cacheTags.categories : cacheTags.tags);
    updateTag(cacheTags.posts);
    revalidatePath(parsed.data.kind === "category" ? "/admin/categories" : "/admin/tags");
  }
  return { ...result, termId: parsed.data.id, ...(result.ok ? {} : { values }), submission };
}
