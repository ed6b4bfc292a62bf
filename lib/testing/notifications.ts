import { getDb } from "@/lib/db";
import { sendDueDigests } from "@/lib/notifications/digests";
import { fanOutNotifications } from "@/lib/notifications/worker";
import { readSiteSettings } from "@/lib/settings/store";

/**
 * What the worker does between a request and the mail: recorded events fanned
 * out now, then digests and gathered replies composed as `minutesLater` from
 * now (0: only what is already due). In one transaction, as the job does it.
 */
export async function settleNotifications({ minutesLater = 0 }: { minutesLater?: number } = {}) {
  const fannedOut = await fanOutNotifications();
  const digests = await getDb().transaction(async (tx) =>
    sendDueDigests(tx, { now: new Date(Date.now() + minutesLater * 60_000), siteTitle: (await readSiteSettings(tx)).title }),
  );
  return { ...fannedOut, digests };
}
