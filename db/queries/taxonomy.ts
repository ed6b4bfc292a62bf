import { asc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { categories, tags } from "../schema";

export interface Term {
  id: number;
  slug: string;
  name: string;
}

export async function getCategoryBySlug({ slug }: { slug: string }) {
  const [row] = await getDb()
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

export async function listCategories(): Promise<Term[]> {
  return getDb()
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.name));
}

export async function getTagBySlug({ slug }: { slug: string }): Promise<Term | null> {
  const [row] = await getDb()
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(eq(tags.slug, slug))
    .limit(1);
  return row ?? null;
}
