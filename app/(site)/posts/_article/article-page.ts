import "server-only";
import type { Metadata } from "next";
import type { Article } from "@/db/queries/posts/published";
import { permanentRedirect } from "next/navigation";
import { getArticle, getSettings, getSlugRedirect } from "@/lib/content";
import { siteBase } from "@/lib/env";
import { pageAlternates } from "@/lib/seo/page-metadata";
import { type ArticleFacts, type PublisherFacts } from "@/lib/seo/structured-data";
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


export async function articleMetadata(article: Article | null, canonical?: string): Promise<Metadata> {
  if (!article) return { title: "Page not found" };
  const path = canonical ?? `/posts/${article.slug}`;
  const image = article.coverImage ? [{ url: `/uploads/${article.coverImage}`, alt: article.coverAlt }] : undefined;
  return {
    title: article.headline,
    description: article.lead,
    alternates: await pageAlternates(path, [{ kind: "post-comments", slug: article.slug }], article.headline),
    openGraph: {
      type: "article",
      url: path,
      title: article.headline,
      description: article.lead,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: [`${siteBase()}/author/${article.authorSlug}`],
      section: article.category?.name,
      tags: article.tags.map((tag) => tag.name),
      ...(image && { images: image }),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: article.headline, description: article.lead, ...(image && { images: image }) },
  };
}

/** What the structured data says about an article and its publisher, in absolute addresses. */
export async function articleFacts(article: Article): Promise<{ article: ArticleFacts; publisher: PublisherFacts }> {
  const site = siteBase();
  const settings = await getSettings();
  return {
    article: {
      url: `${site}/posts/${article.slug}`,
      headline: article.headline,
      description: article.lead,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      authorName: article.authorName,
      authorUrl: `${site}/author/${article.authorSlug}`,
      section: article.category ? { name: article.category.name, url: `${site}/category/${article.category.slug}` } : null,
      keywords: article.tags.map((tag) => tag.name),
      image: article.coverImage ? `${site}/uploads/${article.coverImage}` : null,
      language: settings.language,
    },
    publisher: { name: settings.title, url: `${site}/`, logo: settings.logo ? `${site}/uploads/${settings.logo}` : `${site}/icon-512.png` },
  };
}
