"use server";

import { requestSignUp } from "@/lib/auth/sign-up";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues, formFields } from "@/lib/forms/action-state";
import { getClientIp } from "@/lib/request";
import { signUpSchema } from "@/lib/validation/auth";

type Field = "name" | "email";

/** Anyone may ask for an account; the emailed link finishes it (lib/auth/sign-up.ts). */
export const signUp = defineAction({
  label: "sign-up",
  gate: anyone,
  read: (_previous: ActionState<Field>, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["name", "email"] as const),
  schema: signUpSchema,
  fields: ["name", "email"],
  async run(input): Promise<ActionState<Field>> {
    const outcome = await requestSignUp({ ...input, ip: await getClientIp() });
    if (outcome === "rate_limited") return { formError: "Too many sign-ups from your network in the last hour. Try again later." };
    return { ok: true, values: { email: input.email } };
  },
});
