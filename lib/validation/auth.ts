import { z } from "zod";
import { emailInput } from "@/lib/validation/email";
import { lineText } from "@/lib/validation/text";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "./password";

export const emailField = emailInput;

export const displayNameField = lineText({ max: 245, tooLong: "A name can be at most 245 characters.", required: "Enter your name." });

/** A password being checked, not chosen: any length the form allows, with a message past it. */
export const currentPasswordField = z
  .string({ error: "Enter your current password." })
  .min(1, "Enter your current password.")
  .max(1000, "That password is too long.");

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(1000, "That password is too long."),
  // Not a field anyone types: an odd one is dropped (the sign-in goes home), never an error.
  callbackUrl: z.string().max(2000).optional().catch(undefined),
});

// The token from an emailed link travels in a hidden field; a mangled one is a
// link that doesn't work (said as such), not a field error nobody can see.
const linkToken = z.string().max(100).catch("");

const newPassword = {
  password: z
    .string({ error: "Choose a password." })
    .min(1, "Choose a password.")
    .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
  confirmPassword: z.string({ error: "Type the password again." }).min(1, "Type the password again."),
};

type NewPassword = { password: string; confirmPassword: string };

function checkNewPassword<T extends NewPassword>(context: (data: T) => { email?: string; name?: string }) {
  return (data: T, ctx: z.RefinementCtx) => {
    const problem = passwordProblem(data.password, context(data));
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    } else if (data.password !== data.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords don’t match." });
    }
  };
}

/** Sign-up asks for a name and an address only; the password comes with the emailed link. */
export const signUpSchema = z.object({ name: displayNameField, email: emailField });

/** The page the sign-up link opens: the name (editable) and the password, checked once the address is known. */
export const confirmSignUpSchema = z
  .object({ token: linkToken, name: displayNameField, ...newPassword })
  .superRefine(checkNewPassword<NewPassword & { name: string }>((data) => ({ name: data.name })));

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({ token: linkToken, ...newPassword })
  .superRefine(checkNewPassword(() => ({})));
