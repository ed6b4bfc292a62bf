import { z } from "zod";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "./password";

export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(100, "An email address can be at most 100 characters.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const displayNameField = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(245, "A name can be at most 245 characters.")
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, "Use letters, numbers and punctuation only.");

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(1000, "That password is too long."),
  callbackUrl: z.string().max(2000).optional(),
});

const newPassword = {
  password: z.string({ error: "Choose a password." }).min(1, "Choose a password.").max(MAX_PASSWORD_LENGTH * 5),
  confirmPassword: z.string({ error: "Type the password again." }).min(1, "Type the password again."),
};

type NewPassword = { password: string; confirmPassword: string };

function checkNewPassword(context: (data: NewPassword) => { email?: string; name?: string }) {
  return (data: NewPassword, ctx: z.RefinementCtx) => {
    const problem = passwordProblem(data.password, context(data));
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    } else if (data.password !== data.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords don’t match." });
    }
  };
}

export const signUpSchema = z
  .object({ name: displayNameField, email: emailField, ...newPassword })
  .superRefine(checkNewPassword((data) => data as NewPassword & { email: string; name: string }));

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({ token: z.string().max(100), ...newPassword })
  .superRefine(checkNewPassword(() => ({})));
