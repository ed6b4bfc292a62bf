"use server";

import { requestPasswordReset } from "@/lib/auth/password-reset";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, echoValues, formFields } from "@/lib/forms/action-state";
import { getClientIp } from "@/lib/request";
import { forgotPasswordSchema } from "@/lib/validation/auth";

/** The same answer, in the same time, whether or not the address has an account. */
export const forgotPassword = defineAction({
  label: "password reset request",
  gate: anyone,
  read: (_previous: ActionState<"email">, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["email"] as const),
  schema: forgotPasswordSchema,
  fields: ["email"],
  async run(input): Promise<ActionState<"email">> {
    await requestPasswordReset({ email: input.email, ip: await getClientIp() });
    return { ok: true, values: { email: input.email } };
  },
});
