import type { Metadata } from "next";
import Link from "next/link";
import { countComments, countPosts } from "@/lib/site-figures";
import { countAccountsByRole } from "@/lib/users/reads";
import { requirePermission } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { loadDashboard } from "@/lib/dashboard/load";
import { getSiteTimeZone } from "@/lib/content";
import { ModerationOverview } from "./_components/moderation-overview";
import { OwnPostsOverview } from "./_components/own-posts-overview";
import { PublishingOverview } from "./_components/publishing-overview";

export const metadata: Metadata = { title: "Dashboard" };

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded border border-stone-300 p-4 dark:border-stone-700">
      <dt className="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
      <dd className="font-serif text-3xl font-bold">
        {value.toLocaleString("en-GB")}
      </dd>
    </div>
  );
}

export default async function AdminDashboard() {
  const user = await requirePermission("admin:access", "/admin");
  const now = new Date();
  const timeZone = await getSiteTimeZone();
  // Site-wide post figures for those who publish; authors see their own posts below.
  const [postCounts, commentCounts, userCounts, dashboard] = await Promise.all([
    can(user, "post:publish") ? countPosts() : Promise.resolve(null),
    can(user, "comment:moderate") ? countComments() : Promise.resolve(null),
    can(user, "user:manage") ? countAccountsByRole() : Promise.resolve(null),
    loadDashboard(user, now),
  ]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Dashboard</h1>
      <p className="mt-1 text-stone-700 dark:text-stone-300">
        Signed in as {user.name}, {user.role}.
      </p>
      {can(user, "post:create") && !postCounts && (
        <p className="mt-4 text-sm font-semibold">
          <Link href="/admin/posts/new" className="underline">
            Write a post
          </Link>
        </p>
      )}
      {postCounts && (
        <section aria-labelledby="posts-heading" className="mt-8">
          <div className="flex items-center justify-between gap-2">
            <h2 id="posts-heading" className="text-lg font-bold">
              Posts
            </h2>
            {can(user, "post:create") && (
              <p className="flex gap-3 text-sm font-semibold">
                <Link href="/admin/posts/new" className="underline">
                  Write a post
                </Link>
                {can(user, "post:publish") && (postCounts.pending ?? 0) > 0 && (
                  <Link
                    href="/admin/posts?status=pending"
                    className="underline"
                  >
                    Review pending posts
                  </Link>
                )}
              </p>
            )}
          </div>
          <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Figure label="Published" value={postCounts.published ?? 0} />
            <Figure label="Scheduled" value={postCounts.scheduled ?? 0} />
            <Figure label="Pending review" value={postCounts.pending ?? 0} />
            <Figure label="Drafts" value={postCounts.draft ?? 0} />
          </dl>
        </section>
      )}
      {commentCounts && (
        <section aria-labelledby="comments-heading" className="mt-8">
          <h2 id="comments-heading" className="text-lg font-bold">
            Comments
          </h2>
          <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Figure label="Pending" value={commentCounts.pending ?? 0} />
            <Figure label="Approved" value={commentCounts.approved ?? 0} />
            <Figure label="Spam" value={commentCounts.spam ?? 0} />
            <Figure label="Trash" value={commentCounts.trash ?? 0} />
          </dl>
        </section>
      )}
      {dashboard.moderation && (
        <ModerationOverview
          data={dashboard.moderation}
          timeZone={timeZone}
          now={now}
        />
      )}
      {dashboard.publishing && (
        <PublishingOverview data={dashboard.publishing} timeZone={timeZone} />
      )}
      {dashboard.ownPosts && <OwnPostsOverview posts={dashboard.ownPosts} />}
      {userCounts && (
        <section aria-labelledby="users-heading" className="mt-8">
          <h2 id="users-heading" className="text-lg font-bold">
            Active accounts
          </h2>
          <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-5">
            <Figure label="Readers" value={userCounts.reader} />
            <Figure label="Authors" value={userCounts.author} />
            <Figure label="Editors" value={userCounts.editor} />
            <Figure label="Moderators" value={userCounts.moderator} />
            <Figure label="Admins" value={userCounts.admin} />
          </dl>
        </section>
      )}
    </>
  );
}
