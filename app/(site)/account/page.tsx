import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { getCurrentSessionId, requireUser } from "@/lib/dal";
import { BioForm, EmailForm, NameForm, PasswordForm } from "./_components/account-forms";
import { mayHaveAuthorPage } from "@/lib/auth/account-settings";
import { getAuthorProfile } from "@/lib/users/author-profile";
import { SessionsSection } from "./_components/sessions-section";
import { NotificationsForm } from "./_components/notifications-form";
import { readNotificationChoices } from "@/lib/notifications/choices";

// Per visitor: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const NOTICES: Record<string, string> = {
  "password-changed": "Your password has been changed. Every other session has been signed out.",
  "email-changed": "Your email address has been changed.",
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const user = await requireUser("/account");
  const { notice } = await searchParams;
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 font-serif text-4xl font-bold">Your account</h1>
      <p className="mb-6 text-stone-700 dark:text-stone-300">Signed in as {user.name} ({user.role}).</p>
      {message && (
        <div className="mb-6">
          <Notice>{message}</Notice>
        </div>
      )}
      <NameForm name={user.name} />
      {(await mayHaveAuthorPage(user)) && <AuthorBio userId={user.id} />}
      <EmailForm email={user.email} />
      <PasswordForm />
      <NotificationsForm choices={await readNotificationChoices(user.id, user.role)} />
      <SessionsSection userId={user.id} currentSessionId={await getCurrentSessionId()} />
    </div>
  );
}

async function AuthorBio({ userId }: { userId: string }) {
  const profile = await getAuthorProfile(userId);
  return profile && <BioForm bio={profile.bio} authorPath={`/author/${profile.slug}`} />;
}
