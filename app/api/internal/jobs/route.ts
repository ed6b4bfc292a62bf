import { createHash, timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { nextScheduledPublication } from "@/lib/posts/reads";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { jobsToken } from "@/lib/jobs/scheduler";

export const dynamic = "force-dynamic";

// Compared as digests: equal lengths whatever was sent (a 64-character header of
// non-ASCII text is more than 64 bytes, and timingSafeEqual throws on unequal lengths).
const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

function tokenMatches(given: string | null): boolean {
  const expected = jobsToken();
  if (!expected || !given) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/** The server's own scheduler calls this; anyone else gets a 404. */
export async function POST(request: Request) {
  if (!tokenMatches(request.headers.get("x-broadsheet-jobs"))) return new Response("Not found", { status: 404 });
  const ran = await runDueJobs({
    // Expired outright (not stale-while-revalidate): the next reader gets the new page.
    invalidate: (tags) => tags.forEach((tag) => revalidateTag(tag, { expire: 0 })),
  });
  const next = await nextScheduledPublication();
  return Response.json({ ran, nextScheduledAt: next?.toISOString() ?? null });
}
