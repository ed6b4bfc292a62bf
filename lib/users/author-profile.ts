import "server-only";
import { getAuthorProfile as readAuthorProfile } from "@/db/queries/users/authors";
import { getDb } from "@/lib/db";

/** The signed-in account's author address and bio (uncached: the account page edits it). */
export function getAuthorProfile(userId: string) {
  return readAuthorProfile(getDb(), { userId });
}
