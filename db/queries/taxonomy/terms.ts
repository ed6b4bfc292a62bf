import "server-only";
import { asc, eq } from "drizzle-orm";
import { categories, tags } from "../../schema";
import type { Database } from "../../client";

export interface Term {
  id: number;
  slug: string;
  name: string;
}

export async function getCategoryBySlug(db: Database, { slug }: { slug: string }) {
  const [row] = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
    })
    .from(categories)
    .where(eq(categories.slug, slug))
    .limit(1);
  return row ?? null;
}

export async function listCategories(db: Database): Promise<Term[]> {
  return db
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.name));
}

export async function getTagBySlug(db: Database, { slug }: { slug: string }): Promise<Term | null> {
  const [row] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(eq(tags.slug, slug))
    .limit(1);
  return row ?? null;
}
