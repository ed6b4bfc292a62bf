"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password";
import { TextAreaField } from "@/components/ui/text-area-field";
import { MAX_BIO_LENGTH } from "@/lib/users/bio";
import { changeEmail, updateBio, updateName, updatePassword } from "../actions";

export function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-stone-300 py-6 dark:border-stone-700">
      <h2 id={id} className="mb-4 font-serif text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(updateName, {});
  return (
    <Section title="Display name" id="name-heading">
      <form action={action} noValidate className="flex max-w-sm flex-col gap-4" key={state.submission}>
        {state.ok && <Notice>Your display name is now {state.values?.name}.</Notice>}
        <FormAlert message={state.formError} />
        <TextField label="Display name" name="name" required maxLength={245} defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} />
        <SubmitButton pending={pending} pendingText="Saving…">
          Save name
        </SubmitButton>
      </form>
    </Section>
  );
}

export function BioForm({ bio, authorPath }: { bio: string; authorPath: string }) {
  const [state, action, pending] = useActionState(updateBio, {});
  return (
    <Section title="Author bio" id="bio-heading">
      <p className="mb-4 text-sm">
        Shown on <a href={authorPath}>your author page</a>, which every byline links to. Plain text; leave a blank line between paragraphs.
      </p>
      <form action={action} noValidate className="flex flex-col gap-4" key={state.submission}>
        {state.ok && <Notice>Your bio is saved.</Notice>}
        <FormAlert message={state.formError} />
        <TextAreaField label="Bio" name="bio" rows={5} maxLength={MAX_BIO_LENGTH} defaultValue={state.values?.bio ?? bio} error={state.fieldErrors?.bio} />
        <div>
          <SubmitButton pending={pending} pendingText="Saving…">
            Save bio
          </SubmitButton>
        </div>
      </form>
    </Section>
  );
}

export function EmailForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changeEmail, {});
  return (
    <Section title="Email address" id="email-heading">
      <p className="mb-4 text-sm">
        Now: <strong>{email}</strong>. Never published.
      </p>
      <form action={action} noValidate className="flex max-w-sm flex-col gap-4" key={state.submission}>
        {state.ok && (
          <Notice>
            We’ve sent a link to <strong>{state.values?.email}</strong>. Your address changes when you follow it.
          </Notice>
        )}
        <FormAlert message={state.formError} />
        <TextField label="New email address" name="email" type="email" autoComplete="email" required defaultValue={state.ok ? undefined : state.values?.email} error={state.fieldErrors?.email} />
        <TextField label="Current password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
        <SubmitButton pending={pending} pendingText="Sending…">
          Change email
        </SubmitButton>
      </form>
    </Section>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(updatePassword, {});
  return (
    <Section title="Password" id="password-heading">
      <form action={action} noValidate className="flex max-w-sm flex-col gap-4" key={state.submission}>
        <FormAlert message={state.formError} />
        <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={state.fieldErrors?.currentPassword} />
        <TextField label="New password" name="password" type="password" autoComplete="new-password" required hint={`At least ${MIN_PASSWORD_LENGTH} characters. Changing it signs out every other session.`} error={state.fieldErrors?.password} />
        <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirmPassword} />
        <SubmitButton pending={pending} pendingText="Saving…">
          Change password
        </SubmitButton>
      </form>
    </Section>
  );
}
