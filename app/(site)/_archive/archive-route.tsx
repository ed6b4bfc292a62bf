import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveView } from "@/components/posts/archive-view";
import { getAuthorPage, getCategoryPage, getSettings, getSiteTimeZone, getTagPage, parsePageParam } from "@/lib/content";
import { type FeedScope } from "@/lib/seo/site-feeds";
import { pageAlternates } from "@/lib/seo/page-metadata";
import { isValidSlug } from "@/lib/slug";

// Section, tag and author archives share one shape: /<kind>/<slug> and /<kind>/<slug>/page/<cursor>.
type Kind = "category" | "tag" | "author";
export type ArchiveParams = Promise<{ slug: string; cursor?: string }>;

const labels: Record<Kind, string> = { category: "Section", tag: "Tag", author: "Author" };

async function loadArchive(kind: Kind, slug: string, cursor: string) {
  const page = await parsePageParam(cursor);
  if (!page || !isValidSlug(slug)) return null;
  const settings = await getSettings();
  const pageCursor = page.before ? cursor : null;
  if (kind === "category") {
    const result = await getCategoryPage(slug, pageCursor, settings.postsPerPage);
    return result && { term: result.category, description: result.category.description, ...result };
  }
  if (kind === "author") {
    const result = await getAuthorPage(slug, pageCursor, settings.postsPerPage);
    return result && { term: result.author, description: result.author.bio, ...result };
  }
  const result = await getTagPage(slug, pageCursor, settings.postsPerPage);
  return result && { term: result.tag, description: undefined, ...result };
}

const feedOf = (kind: Kind, slug: string): FeedScope[] => (kind === "author" ? [] : [{ kind, slug }]);

export async function archiveMetadata(kind: Kind, params: ArchiveParams): Promise<Metadata> {
  const { slug, cursor = "latest" } = await params;
  const archive = await loadArchive(kind, slug, cursor);
  if (!archive) return { title: "Page not found" };
  const name = kind === "tag" ? `#${archive.term.name}` : archive.term.name;
  const description = archive.description?.trim() || `${kind === "author" ? "Stories by" : kind === "category" ? "Stories in" : "Stories tagged"} ${archive.term.name}.`;
  const path = cursor === "latest" ? `/${kind}/${archive.term.slug}` : `/${kind}/${archive.term.slug}/page/${cursor}`;
  return {
    title: cursor === "latest" ? name : `${name}: older posts`,
    description: description.slice(0, 300),
    alternates: await pageAlternates(path, feedOf(kind, archive.term.slug), name),
    openGraph: { type: kind === "author" ? "profile" : "website", url: path, title: name, description: description.slice(0, 300) },
  };
}

export async function ArchiveRoute({ kind, params }: { kind: Kind; params: ArchiveParams }) {
  const { slug, cursor = "latest" } = await params;
  const archive = await loadArchive(kind, slug, cursor);
  if (!archive || (cursor !== "latest" && archive.posts.length === 0)) notFound();
  return (
    <ArchiveView
      label={labels[kind]}
      name={archive.term.name}
      description={archive.description}
      basePath={`/${kind}/${archive.term.slug}`}
      posts={archive.posts}
      nextCursor={archive.nextCursor}
      isFirstPage={cursor === "latest"}
      timeZone={await getSiteTimeZone()}
    />
  );
}
