import Link from "next/link";
import { BarList } from "@/components/charts/bar-list";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { Dashboard } from "@/lib/dashboard/load";
import { formatDuration, SPAM_REASON_LABELS } from "@/lib/dashboard/series";
import { formatDateTime } from "@/lib/format";

const outcomes = [
  { key: "approved", label: "Approved", fill: "fill-emerald-600 dark:fill-emerald-400", href: "/admin/comments?view=approved" },
  { key: "pending", label: "Held", fill: "fill-amber-500 dark:fill-amber-300", href: "/admin/comments?view=pending" },
  { key: "spam", label: "Spam", fill: "fill-rose-600 dark:fill-rose-400", href: "/admin/comments?view=spam" },
  { key: "trash", label: "Trash", fill: "fill-stone-400 dark:fill-stone-500", href: "/admin/comments?view=trash" },
];

const shortDay = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** For moderators: the last 30 days of comments, the waiting queue, how fast it is cleared, what catches spam. */
export function ModerationOverview({ data, timeZone, now }: { data: NonNullable<Dashboard["moderation"]>; timeZone: string; now: Date }) {
  const days = data.commentsByDay;
  const total = days.reduce((sum, day) => sum + day.total, 0);
  const held = days.reduce((sum, day) => sum + day.counts.pending, 0);
  const { thisWeek, lastWeek } = data.speed;
  return (
    <section aria-labelledby="moderation-heading" className="mt-10">
      <h2 id="moderation-heading" className="text-lg font-bold">
        Moderation, last 30 days
      </h2>
      <StackedBarChart
        title="Comments per day over the last 30 days, by outcome"
        description={`${total.toLocaleString("en-GB")} comments in 30 days (UTC days), ${held.toLocaleString("en-GB")} of them still held.`}
        keys={outcomes}
        bars={days.map((day, i) => ({
          label: shortDay(day.day),
          tick: i % 5 === 4 || i === days.length - 1 ? shortDay(day.day) : "",
          values: day.counts,
        }))}
      />
      <dl className="mt-6 grid gap-3 sm:grid-cols-2">
        <div className="rounded border border-stone-300 p-4 dark:border-stone-700">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Oldest held comment</dt>
          <dd className="mt-1">
            {data.oldestHeldAt ? (
              <Link href="/admin/comments?view=pending&order=oldest" className="font-serif text-2xl font-bold underline">
                waiting {formatDuration((now.getTime() - data.oldestHeldAt.getTime()) / 1000)}
              </Link>
            ) : (
              <span className="font-serif text-2xl font-bold">Nothing is waiting</span>
            )}
            {data.oldestHeldAt && <span className="block text-sm">since {formatDateTime(data.oldestHeldAt.toISOString(), timeZone)}</span>}
          </dd>
        </div>
        <div className="rounded border border-stone-300 p-4 dark:border-stone-700">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Median time to a moderator’s decision</dt>
          <dd className="mt-1">
            <Link href="/admin/audit" className="font-serif text-2xl font-bold underline">
              {thisWeek.medianSeconds === null ? "No decisions this week" : `${formatDuration(thisWeek.medianSeconds)} this week`}
            </Link>
            <span className="block text-sm">
              {lastWeek.medianSeconds === null ? "none the week before" : `${formatDuration(lastWeek.medianSeconds)} the week before`} ({thisWeek.decided.toLocaleString("en-GB")} and{" "}
              {lastWeek.decided.toLocaleString("en-GB")} comments decided)
            </span>
          </dd>
        </div>
      </dl>
      <div className="mt-8 grid gap-8 sm:grid-cols-2">
        <div>
          <h3 className="font-bold">Spam caught, by what caught it (30 days)</h3>
          <BarList
            title="Spam caught by each rule"
            unit="comments"
            empty="No spam in the last 30 days."
            items={data.spamByReason.map((row) => ({
              label: SPAM_REASON_LABELS[row.reason] ?? row.reason,
              value: row.n,
              href: `/admin/comments?view=spam${row.reason ? `&reason=${encodeURIComponent(row.reason)}` : ""}`,
            }))}
          />
        </div>
        <div>
          <h3 className="font-bold">Most discussed this week</h3>
          <BarList
            title="The five posts with the most published comments this week"
            unit="comments"
            empty="No published comments this week."
            items={data.mostDiscussed.map((post) => ({ label: post.headline, value: post.comments, href: `/admin/comments?view=approved&post=${post.id}` }))}
          />
        </div>
      </div>
    </section>
  );
}
