import type { BreadcrumbList, NewsArticle, Organization, WithContext } from "schema-dts";

// schema.org JSON-LD for articles: NewsArticle (what Google's article and Top
// Stories results read) and the BreadcrumbList for home › section › story. Pure:
// the page hands it absolute addresses.

export interface ArticleFacts {
  url: string;
  headline: string;
  description: string;
  publishedAt: string;
  updatedAt: string;
  authorName: string;
  authorUrl: string;
  section: { name: string; url: string } | null;
  keywords: string[];
  /** Absolute address of the cover image, if any. */
  image: string | null;
  language: string;
}

export interface PublisherFacts {
  name: string;
  url: string;
  /** Absolute address of the logo (the uploaded one, else the site icon). */
  logo: string;
}

/** Google shows at most 110 characters of a headline and asks for no more. */
export const MAX_HEADLINE = 110;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

export function publisherJsonLd(publisher: PublisherFacts): Organization {
  return { "@type": "NewsMediaOrganization", name: publisher.name, url: publisher.url, logo: { "@type": "ImageObject", url: publisher.logo } };
}

export function newsArticleJsonLd(article: ArticleFacts, publisher: PublisherFacts): WithContext<NewsArticle> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": article.url },
    url: article.url,
    headline: clip(article.headline, MAX_HEADLINE),
    ...(article.description && { description: article.description }),
    // Google wants an image; without a cover the publisher's logo stands in.
    image: [article.image ?? publisher.logo],
    datePublished: article.publishedAt,
    dateModified: article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
    author: [{ "@type": "Person", name: article.authorName, url: article.authorUrl }],
    publisher: publisherJsonLd(publisher),
    ...(article.section && { articleSection: article.section.name }),
    ...(article.keywords.length > 0 && { keywords: article.keywords.join(", ") }),
    inLanguage: article.language,
    isAccessibleForFree: true,
  };
}

export function breadcrumbJsonLd(article: ArticleFacts, publisher: PublisherFacts): WithContext<BreadcrumbList> {
  const trail = [{ name: publisher.name, url: publisher.url }, ...(article.section ? [article.section] : []), { name: article.headline, url: article.url }];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, index) => ({ "@type": "ListItem", position: index + 1, name: step.name, item: step.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so no
 * text in a headline can close the element ("</script>") or open a comment, and
 * the two line separators JSON allows but old parsers choke on are escaped too.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
