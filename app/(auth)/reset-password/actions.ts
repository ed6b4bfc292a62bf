"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/password-reset";
import { anyone, defineAction } from "@/lib/forms/action";
import { type ActionState, formFields } from "@/lib/forms/action-state";
import { getClientIp } from "@/lib/request";
import { resetPasswordSchema } from "@/lib/validation/auth";

type Field = "password" | "confirmPassword";

/** From the emailed link: whoever holds it chooses the new password (the link is the proof). */
export const chooseNewPassword = defineAction({
  label: "password reset",
  gate: anyone,
  read: (_previous: ActionState<Field>, formData: FormData) => formFields(formData),
  schema: resetPasswordSchema,
  fields: ["password", "confirmPassword"],
  async run(input): Promise<ActionState<Field>> {
    const result = await resetPassword({ token: input.token, password: input.password, ip: await getClientIp() });
    if (result.status === "rate_limited") return { formError: "Too many attempts from your network. Try again in an hour." };
    if (result.status === "invalid_link") return { formError: "This link has expired or was already used. Ask for a new one." };
    if (result.status === "weak_password") return { fieldErrors: { password: result.message } };
    redirect("/sign-in?notice=password-changed");
  },
});
