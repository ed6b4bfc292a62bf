"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, formFields } from "@/lib/forms/action-state";
import { confirmPersonalDataRequest } from "@/lib/privacy/personal-data";

/** The button on the page the confirmation email opens; the single-use token is the authorisation. */
export const confirmPersonalData = defineAction({
  label: "personal data request confirmation",
  gate: anyone,
  read: (_previous: ActionState, formData: FormData) => formFields(formData),
  schema: z.object({ token: z.string().max(120).catch("") }),
  async run(input): Promise<ActionState> {
    const result = await confirmPersonalDataRequest(input.token);
    if (!result.confirmed) return { formError: "This link is not valid, was used already, or has expired." };
    redirect(`/personal-data/confirm?done=${result.kind}`);
  },
});
