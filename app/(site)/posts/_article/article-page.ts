import "server-only";
import type { Metadata } from "next";
import type { Article } from "@/db/queries/posts/published";
import { permanentRedirect } from "next/navigation";
import { getArticle, getSlugRedirect } from "@/lib/content";
import { isValidSlug } from "@/lib/slug";

/** The published article behind a URL slug, from the cache; null for anything else. */
export async function loadArticle(slug: string): Promise<Article | null> {
  return isValidSlug(slug) ? getArticle(slug) : null;
}

/** A renamed post's old address sends readers (and search engines) on to the new one. */
export async function redirectFromEarlierSlug(slug: string): Promise<void> {
  if (!isValidSlug(slug)) return;
  const current = await getSlugRedirect(slug);
  if (current) permanentRedirect(`/posts/${current}`);
}

export function articleMetadata(article: Article | null, canonical?: string): Metadata {
  if (!article) return { title: "Page not found" };
  return {
    title: article.headline,
    description: article.lead,
    alternates: { canonical: canonical ?? `/posts/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.headline,
      description: article.lead,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: [article.authorName],
      section: article.category?.name,
      tags: article.tags.map((tag) => tag.name),
    },
  };
}
