import Link from "next/link";
import { BarList } from "@/components/charts/bar-list";
import type { Dashboard } from "@/lib/dashboard/load";

/** For authors: their own latest posts and the comments on each. */
export function OwnPostsOverview({ posts }: { posts: NonNullable<Dashboard["ownPosts"]> }) {
  return (
    <section aria-labelledby="own-posts-heading" className="mt-10">
      <h2 id="own-posts-heading" className="text-lg font-bold">
        Your posts
      </h2>
      <BarList
        title="Published comments on each of your latest posts"
        unit="comments"
        empty="You haven’t written a post yet."
        items={posts.map((post) => ({
          label: `${post.headline} (${post.status}${post.pending ? `, ${post.pending} waiting` : ""})`,
          value: post.approved,
          // Published posts are the editors' to change: the author reads theirs on the site.
          href: post.status === "published" ? `/posts/${post.slug}` : `/admin/posts/${post.id}/edit`,
        }))}
      />
      <p className="mt-2 text-sm">
        <Link href="/admin/posts" className="underline">
          All your posts
        </Link>
      </p>
    </section>
  );
}
