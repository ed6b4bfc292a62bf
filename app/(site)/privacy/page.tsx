import type { Metadata } from "next";
import Link from "next/link";
import { getDiscussionSettings, getSettings } from "@/lib/content";
import { pageAlternates } from "@/lib/seo/page-metadata";
import { MAIL_RETENTION_DAYS, SESSION_RETENTION_DAYS, TRASH_RETENTION_DAYS } from "@/lib/jobs/retention";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Privacy", alternates: await pageAlternates("/privacy") };
}
// Read per request (from the settings cache), so the build never needs the database.
export const dynamic = "force-dynamic";

/** What the site stores about readers and commenters, why, and for how long; the figures are the site's own settings. */
export default async function PrivacyPage() {
  const [site, discussion] = await Promise.all([getSettings(), getDiscussionSettings()]);
  return (
    <article className="prose prose-stone mx-auto max-w-2xl dark:prose-invert">
      <h1>Privacy</h1>
      <p>What {site.title} keeps about you, why, and for how long.</p>
      <h2>When you comment</h2>
      <ul>
        <li>
          <strong>Your name, website and comment</strong> are shown with the comment once a moderator approves it (or at once, if you have had a
          comment approved before).
        </li>
        <li>
          <strong>Your email address</strong> is never published. Moderators see it; it tells your comments apart from others and is where
          replies are sent if you ask for them.
        </li>
        <li>
          <strong>Your IP address and browser name</strong> are kept for {discussion.ipRetentionDays} days to stop floods and spam, then removed
          from your comments and from any report you made.
        </li>
        <li>A comment you or a moderator sends to the trash is deleted for good after {TRASH_RETENTION_DAYS} days.</li>
      </ul>
      <h2>Cookies</h2>
      <ul>
        <li>Signing in sets one cookie naming your session; signing out, or “sign out everywhere” on your account page, ends it on the server.</li>
        <li>If you tick “remember me” on the comment form, your name, email and website are kept in your own browser only.</li>
        <li>No advertising or tracking cookies, and nothing loaded from other sites.</li>
      </ul>
      <h2>Accounts and email</h2>
      <ul>
        <li>An account keeps your name, email address and a salted hash of your password (never the password itself).</li>
        <li>Signed-out sessions are deleted {SESSION_RETENTION_DAYS} days after they end; sent emails are deleted after {MAIL_RETENTION_DAYS} days.</li>
        <li>Every notification email has a link that stops it without signing in.</li>
      </ul>
      <h2>Your data</h2>
      <p>
        You can ask the site’s editors for a copy of everything stored under your email address, or to have it erased: after you confirm from that
        address, your comments are kept as “Anonymous” with your email, website and IP address removed, and any account is closed. You can change
        or delete your own comments while signed in, and manage notifications on your <Link href="/account">account page</Link>.
      </p>
    </article>
  );
}
