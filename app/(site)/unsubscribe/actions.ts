"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, formFields } from "@/lib/forms/action-state";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

/** The button on the page an email's unsubscribe link opens. The signed token is the authorisation. */
export const confirmUnsubscribe = defineAction({
  label: "unsubscribe",
  gate: anyone,
  read: (_previous: ActionState, formData: FormData) => formFields(formData),
  schema: z.object({ token: z.string().max(200).catch("") }),
  async run(input): Promise<ActionState> {
    const done = await unsubscribe(input.token);
    if (!done) return { formError: "This link is not valid or has expired." };
    redirect(`/unsubscribe?done=${done.kind}`);
  },
});
