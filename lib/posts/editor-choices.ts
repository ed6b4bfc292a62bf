import "server-only";
import { listTagNames, listWriters } from "@/db/queries/posts/editor";
import { listCategories } from "@/db/queries/taxonomy/terms";
import type { ActiveUser } from "@/db/queries/users/accounts";
import { getSiteTimeZone } from "@/lib/content";
import { can } from "@/lib/permissions";
import { getDb } from "@/lib/db";

/** What every editor page needs besides the post: sections, tags, possible authors. */
export async function loadEditorChoices(actor: ActiveUser) {
  const publisher = can(actor, "post:publish");
  const [categories, tagSuggestions, writers] = await Promise.all([listCategories(getDb()), listTagNames(getDb()), publisher ? listWriters(getDb()) : null]);
  return {
    categories: categories.map((category) => ({ id: category.id, name: category.name })),
    tagSuggestions,
    writers: writers?.map((writer) => ({ id: writer.id, name: writer.name })) ?? null,
    canPublish: publisher,
    canAddSections: can(actor, "taxonomy:manage"),
    siteTimeZone: await getSiteTimeZone(),
  };
}
