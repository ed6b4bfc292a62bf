import "server-only";
import { pingDatabase } from "@/db/queries/health";
import { countCommentsByStatus, countPostsByStatus } from "@/db/queries/stats";
import { getDb } from "@/lib/db";

/** The dashboard's counts (comments from the trigger-kept counters: one small read). */
export const countPosts = () => countPostsByStatus(getDb());
export const countComments = () => countCommentsByStatus(getDb());

/** True when the database answers; for the health check. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await pingDatabase(getDb());
    return true;
  } catch {
    return false;
  }
}
