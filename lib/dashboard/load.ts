import "server-only";
import {
  authorPostFigures,
  commentsPerDay,
  moderationSpeed,
  mostDiscussedPosts,
  oldestHeldAt,
  postsAwaitingReview,
  postsPublishedPerWeek,
  spamByReason,
  upcomingScheduledPosts,
} from "@/db/queries/dashboard";
import { getDb } from "@/lib/db";
import { type Actor, can } from "@/lib/permissions";
import { commentsByDay, lastDays, lastWeeks, postsByWeek } from "./series";

const DAY_MS = 86_400_000;

/**
 * What the dashboard shows this person, and only that: comment figures to those
 * who moderate (moderators: lists of comments on published posts only, as in the
 * queue), publishing figures to editors and admins, and to authors their own
 * posts. Every read is indexed or a counter; they run together.
 */
export async function loadDashboard(actor: Actor & { id: string }, now = new Date()) {
  const db = getDb();
  const moderates = can(actor, "comment:moderate");
  const publicOnly = !can(actor, "comment:moderate-beyond-public");
  const publishes = can(actor, "post:publish");
  const writes = can(actor, "post:create");
  const days = lastDays(now, 30);
  const weeks = lastWeeks(now, 12);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);

  const [perDay, spam, oldest, speed, discussed, perWeek, scheduled, review, own] = await Promise.all([
    moderates ? commentsPerDay(db, days[0]!) : null,
    moderates ? spamByReason(db, days[0]!) : null,
    moderates ? oldestHeldAt(db, { publicOnly }) : null,
    moderates ? moderationSpeed(db, { weekAgo, twoWeeksAgo: new Date(now.getTime() - 14 * DAY_MS) }) : null,
    moderates ? mostDiscussedPosts(db, { from: days[days.length - 7]!, publicOnly }) : null,
    publishes ? postsPublishedPerWeek(db, new Date(`${weeks[0]!}T00:00:00Z`)) : null,
    publishes ? upcomingScheduledPosts(db) : null,
    publishes ? postsAwaitingReview(db) : null,
    writes && !publishes ? authorPostFigures(db, actor.id) : null,
  ]);
  return {
    moderation:
      perDay && spam && speed && discussed
        ? { commentsByDay: commentsByDay(days, perDay), spamByReason: spam, oldestHeldAt: oldest, speed, mostDiscussed: discussed }
        : null,
    publishing: perWeek && scheduled && review ? { postsByWeek: postsByWeek(weeks, perWeek), scheduled, review } : null,
    ownPosts: own,
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
