"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { allowed, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues, formFields } from "@/lib/forms/action-state";
import { eraseForRequest, erasureSummary, personalDataRequestSchema, requestPersonalData } from "@/lib/privacy/personal-data";
import { idParam } from "@/lib/validation/id";

export type PersonalDataFormState = ActionState<"email" | "kind">;

const admins = allowed("site:tools", "Only admins handle personal-data requests.");
const fields = ["email", "kind"] as const;

/** Records a request for someone and emails them the link that confirms it. */
export const requestPersonalDataAction = defineAction({
  label: "personal data request",
  gate: admins,
  read: (_previous: PersonalDataFormState, formData: FormData) => formFields(formData),
  schema: personalDataRequestSchema,
  fields,
  echo: (_previous: PersonalDataFormState, formData: FormData) => echoValues(formData, fields),
  async run(input, actor): Promise<PersonalDataFormState> {
    await requestPersonalData(actor, input);
    revalidatePath("/admin/tools/personal-data");
    return { message: `A confirmation link is on its way to ${input.email}. Nothing happens until they follow it.` };
  },
});

/** Carries out a confirmed erasure; the pages that showed the comments are expired. */
export const eraseAction = defineAction({
  label: "personal data erasure",
  gate: admins,
  read: (_previous: ActionState, formData: FormData) => formFields(formData),
  schema: z.object({ id: idParam }),
  async run({ id }): Promise<ActionState> {
    const erased = await eraseForRequest(id);
    if (!erased.ok) return { formError: erased.message };
    for (const postId of erased.result.postIds) updateTag(cacheTags.postComments(postId));
    updateTag(cacheTags.commentCounts);
    revalidatePath("/admin/tools/personal-data");
    return { message: erasureSummary(erased.result) };
  },
});
