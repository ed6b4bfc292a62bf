"use server";

import { redirect } from "next/navigation";
import { confirmSignUp } from "@/lib/auth/sign-up";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues, formFields } from "@/lib/forms/action-state";
import { getClientIp } from "@/lib/request";
import { confirmSignUpSchema } from "@/lib/validation/auth";

type Field = "name" | "password" | "confirmPassword";

/** Finishes a sign-up from the emailed link: the password is chosen here, by whoever reads that mailbox. */
export const confirmAccount = defineAction({
  label: "sign-up confirmation",
  gate: anyone,
  read: (_previous: ActionState<Field>, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["name"] as const),
  schema: confirmSignUpSchema,
  fields: ["name", "password", "confirmPassword"],
  async run(input): Promise<ActionState<Field>> {
    const result = await confirmSignUp({ ...input, ip: await getClientIp() });
    switch (result.status) {
      case "invalid_link":
        return { formError: "This link has expired or was already used. Sign up again to get a new one." };
      case "rate_limited":
        return { formError: "Too many attempts from your network. Try again in an hour." };
      case "weak_password":
        return { fieldErrors: { password: result.message } };
      case "created":
      case "exists":
        redirect(`/sign-in?${new URLSearchParams({ notice: "account-created", email: result.email }).toString()}`);
    }
  },
});
