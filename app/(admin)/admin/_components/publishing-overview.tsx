import Link from "next/link";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { Dashboard } from "@/lib/dashboard/load";
import { formatDateTime } from "@/lib/format";

const weekOf = (week: string) => new Date(`${week}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** For editors and admins: what was published, what is coming, what waits for review. */
export function PublishingOverview({ data, timeZone }: { data: NonNullable<Dashboard["publishing"]>; timeZone: string }) {
  const total = data.postsByWeek.reduce((sum, week) => sum + week.n, 0);
  return (
    <section aria-labelledby="publishing-heading" className="mt-10">
      <h2 id="publishing-heading" className="text-lg font-bold">
        Publishing, last 12 weeks
      </h2>
      <StackedBarChart
        title="Posts published per week over the last 12 weeks"
        description={`${total.toLocaleString("en-GB")} posts published in 12 weeks.`}
        keys={[{ key: "n", label: "Published", fill: "fill-sky-700 dark:fill-sky-400", href: "/admin/posts?status=published" }]}
        bars={data.postsByWeek.map((week, i) => ({ label: `Week of ${weekOf(week.week)}`, tick: i % 2 === 1 ? weekOf(week.week) : "", values: { n: week.n } }))}
      />
      <div className="mt-8 grid gap-8 sm:grid-cols-2">
        <PostList
          title="Scheduled"
          href="/admin/posts?status=scheduled"
          empty="Nothing scheduled."
          items={data.scheduled.map((post) => ({ id: post.id, headline: post.headline, when: post.publishAt ? formatDateTime(post.publishAt.toISOString(), timeZone) : "" }))}
        />
        <PostList
          title="Waiting for review"
          href="/admin/posts?status=pending"
          empty="No drafts wait for review."
          items={data.review.map((post) => ({ id: post.id, headline: post.headline, when: `sent ${formatDateTime(post.since.toISOString(), timeZone)}` }))}
        />
      </div>
    </section>
  );
}

function PostList({ title, href, empty, items }: { title: string; href: string; empty: string; items: { id: number; headline: string; when: string }[] }) {
  return (
    <div>
      <h3 className="font-bold">
        <Link href={href} className="underline">
          {title}
        </Link>
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {items.map((post) => (
            <li key={post.id}>
              <Link href={`/admin/posts/${post.id}/edit`} className="underline">
                {post.headline}
              </Link>{" "}
              · {post.when}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
