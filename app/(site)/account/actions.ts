"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/auth";
import { updateTag } from "next/cache";
import { changePassword, confirmEmailChange, isPublishedAuthor, mayHaveAuthorPage, renameAccount, requestEmailChange, setAuthorBio } from "@/lib/auth/account-settings";
import { cacheTags } from "@/lib/cache-tags";
import { bioField } from "@/lib/users/bio";
import { anyone, defineAction, signedIn } from "@/lib/forms/action";
import { type ActionState, echoValues, formFields } from "@/lib/forms/action-state";
import { currentPasswordField, displayNameField, emailField } from "@/lib/validation/auth";
import { type NotificationChoices, saveNotificationChoices } from "@/lib/notifications/choices";
import { type HeldChoice, parseHeldChoice } from "@/lib/notifications/held-choice";
import { MAX_PASSWORD_LENGTH } from "@/lib/validation/password";

// The account page's forms: each one for the signed-in account only (the gate),
// and the password checked again where it changes something that matters.

const SIGNED_OUT = "Your session has ended. Sign in again to change your account.";
const WRONG_PASSWORD = "That isn’t your current password.";
const TOO_MANY = "Too many attempts. Wait 15 minutes and try again.";

export type AccountState<Field extends string> = ActionState<Field>;

export const updateName = defineAction({
  label: "rename",
  gate: signedIn(SIGNED_OUT),
  read: (_previous: AccountState<"name">, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["name"] as const),
  schema: z.object({ name: displayNameField }),
  fields: ["name"],
  async run(input, user) {
    await renameAccount(user.id, input.name);
    // Bylines and author pages show the name (a reader's rename touches no cached page).
    if (await isPublishedAuthor(user.id)) updateTag(cacheTags.authors);
    return { ok: true, values: { name: input.name } };
  },
});

/** The bio on the author page, for anyone who writes (or has written) posts. */
export const updateBio = defineAction({
  label: "author bio",
  gate: signedIn(SIGNED_OUT),
  read: (_previous: AccountState<"bio">, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["bio"] as const),
  schema: z.object({ bio: bioField }),
  fields: ["bio"],
  async run(input, user): Promise<AccountState<"bio">> {
    if (!(await mayHaveAuthorPage(user))) return { formError: "Only authors have a bio: it is shown on their author page." };
    await setAuthorBio(user.id, input.bio);
    updateTag(cacheTags.authors);
    return { ok: true, values: { bio: input.bio } };
  },
});

type EmailField = "email" | "password";

export const changeEmail = defineAction({
  label: "email change",
  gate: signedIn(SIGNED_OUT),
  read: (_previous: AccountState<EmailField>, formData: FormData) => formFields(formData),
  echo: (_previous, formData) => echoValues(formData, ["email"] as const),
  schema: z.object({ email: emailField, password: currentPasswordField }),
  fields: ["email", "password"],
  async run(input, user): Promise<AccountState<EmailField>> {
    const result = await requestEmailChange({ userId: user.id, newEmail: input.email, password: input.password });
    switch (result.status) {
      case "sent":
        return { ok: true, values: { email: input.email } };
      case "same_email":
        return { fieldErrors: { email: "That is already your email address." } };
      case "wrong_password":
        return { fieldErrors: { password: WRONG_PASSWORD } };
      case "rate_limited":
        return { formError: TOO_MANY };
    }
  },
});

type PasswordField = "currentPassword" | "password" | "confirmPassword";

export const updatePassword = defineAction({
  label: "password change",
  gate: signedIn(SIGNED_OUT),
  read: (_previous: AccountState<PasswordField>, formData: FormData) => formFields(formData),
  schema: z
    .object({
      currentPassword: currentPasswordField,
      password: z.string().min(1, "Choose a new password.").max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
      confirmPassword: z.string().min(1, "Type the new password again.").max(MAX_PASSWORD_LENGTH, "The two passwords don’t match."),
    })
    .refine((data) => data.password === data.confirmPassword, { path: ["confirmPassword"], message: "The two passwords don’t match." }),
  fields: ["currentPassword", "password", "confirmPassword"],
  async run(input, user): Promise<AccountState<PasswordField>> {
    const result = await changePassword({ userId: user.id, currentPassword: input.currentPassword, newPassword: input.password });
    if (result.status === "wrong_password") return { fieldErrors: { currentPassword: WRONG_PASSWORD } };
    if (result.status === "rate_limited") return { formError: TOO_MANY };
    if (result.status === "weak_password") return { fieldErrors: { password: result.message } };
    // Every session was signed out by the change; this one signs straight back in.
    await signIn("credentials", { email: user.email, password: input.password, redirectTo: "/account?notice=password-changed" });
    return { ok: true };
  },
});

/** From the emailed link: anyone holding it may use it (the link is the proof). */
export const confirmNewEmail = defineAction({
  label: "email change confirmation",
  gate: anyone,
  read: (_previous: ActionState, formData: FormData) => formFields(formData),
  schema: z.object({ token: z.string().max(100).catch("") }),
  async run(input): Promise<ActionState> {
    const result = await confirmEmailChange({ token: input.token });
    if (result.status === "invalid_link") return { formError: "This link has expired or was already used." };
    if (result.status === "in_use") return { formError: "That address now belongs to another account. Nothing changed." };
    redirect("/account?notice=email-changed");
  },
});

export const updateNotifications = defineAction({
  label: "notification choices",
  gate: signedIn(SIGNED_OUT),
  read: (_previous: ActionState<never, NotificationChoices>, formData: FormData) => ({
    // A role without held-comment mail sends no such field: stored as none, and ignored anyway.
    "comment-held": formData.get("comment-held") ?? "none",
    "comment-on-my-post": formData.get("comment-on-my-post") === "on",
    "replies-to-me": formData.get("replies-to-me") === "on",
  }),
  schema: z.object({
    "comment-held": z.custom<HeldChoice>((value) => parseHeldChoice(value) !== null, { error: "Choose how to hear of held comments." }),
    "comment-on-my-post": z.boolean(),
    "replies-to-me": z.boolean(),
  }),
  async run(input, user) {
    await saveNotificationChoices(user.id, user.role, input);
    return { ok: true, message: "Your email choices are saved.", data: input };
  },
});
