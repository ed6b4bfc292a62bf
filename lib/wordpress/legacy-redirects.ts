import "server-only";
import { findLegacyRedirect } from "@/db/queries/wordpress-import";
import { getDb } from "@/lib/db";
import { legacyLookupPath } from "./mapping";

/** Where an old address (an imported site's permalink) lives now, or null. */
export async function legacyRedirectTarget(segments: string[]): Promise<string | null> {
  const path = legacyLookupPath(segments);
  return path ? findLegacyRedirect(getDb(), path) : null;
}
