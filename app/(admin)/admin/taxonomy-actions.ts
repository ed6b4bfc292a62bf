"use server";

import { revalidatePath, updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues } from "@/lib/forms/action-state";
import { manageTerm, type TermField, termForm } from "@/lib/taxonomy/manage-terms";

/** Rename, merge or delete a section or tag (editors and admins). The echoed id tells the table which row a refusal belongs to. */
export const changeTerm = defineAction({
  label: "change a section or tag",
  gate: allowed("taxonomy:manage", "You don’t have permission to manage sections and tags."),
  read: (_previous: ActionState<TermField>, formData: FormData) => Object.fromEntries(formData),
  echo: (_previous, formData) => echoValues(formData, formData.get("op") === "rename" ? (["id", "name", "slug"] as const) : (["id"] as const)),
  schema: termForm,
  fields: ["name", "slug", "into"],
  async run(input): Promise<ActionState<TermField>> {
    const result = await manageTerm(input);
    if (result.ok) {
      // Names and addresses show in the site's menu, archives and every article.
      updateTag(input.kind === "category" ? cacheTags.categories : cacheTags.tags);
      updateTag(cacheTags.posts);
      revalidatePath(input.kind === "category" ? "/admin/categories" : "/admin/tags");
    }
    return result;
  },
});
