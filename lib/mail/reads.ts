import "server-only";
import { countMailByStatus, listMail } from "@/db/queries/mail-queue";
import type { MailStatus } from "@/db/schema";
import { getDb } from "@/lib/db";

/** The outgoing mail page: counts per state and the newest messages in one. */
export async function loadMailQueue(status: MailStatus) {
  const [counts, messages] = await Promise.all([countMailByStatus(getDb()), listMail(getDb(), { status, limit: 100 })]);
  return { counts, messages };
}
