"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, formFields } from "@/lib/forms/action-state";
import { confirmReplies } from "@/lib/notifications/reply-subscriptions";

/** The button on the page a confirmation email opens; the signed token is the authorisation. */
export const confirmReplySubscription = defineAction({
  label: "reply subscription confirmation",
  gate: anyone,
  read: (_previous: ActionState, formData: FormData) => formFields(formData),
  schema: z.object({ token: z.string().max(120).catch("") }),
  async run(input): Promise<ActionState> {
    if (!(await confirmReplies(input.token))) return { formError: "This link is not valid or has expired." };
    redirect("/subscriptions/confirm?done=1");
  },
});
