import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveView } from "@/components/posts/archive-view";
import { getCategoryPage, getSettings, getTagPage, parsePageParam } from "@/lib/content";
import { getEnv } from "@/lib/env";
import { isValidSlug } from "@/lib/slug";

// Category and tag archives share one shape: /<kind>/<slug> and /<kind>/<slug>/page/<cursor>.
type Kind = "category" | "tag";
export type ArchiveParams = Promise<{ slug: string; cursor?: string }>;

async function loadArchive(kind: Kind, slug: string, cursor: string) {
  const page = await parsePageParam(cursor);
  if (!page || !isValidSlug(slug)) return null;
  const settings = await getSettings();
  const pageCursor = page.before ? cursor : null;
  if (kind === "category") {
    const result = await getCategoryPage(slug, pageCursor, settings.postsPerPage);
    return result && { term: result.category, description: result.category.description, ...result };
  }
  const result = await getTagPage(slug, pageCursor, settings.postsPerPage);
  return result && { term: result.tag, description: undefined, ...result };
}

export async function archiveMetadata(kind: Kind, params: ArchiveParams): Promise<Metadata> {
  const { slug, cursor = "latest" } = await params;
  const archive = await loadArchive(kind, slug, cursor);
  if (!archive) return { title: "Page not found" };
  return {
    title: kind === "category" ? archive.term.name : `#${archive.term.name}`,
    description: archive.description,
    alternates: { canonical: cursor === "latest" ? `/${kind}/${slug}` : `/${kind}/${slug}/page/${cursor}` },
  };
}

export async function ArchiveRoute({ kind, params }: { kind: Kind; params: ArchiveParams }) {
  const { slug, cursor = "latest" } = await params;
  const archive = await loadArchive(kind, slug, cursor);
  if (!archive || (cursor !== "latest" && archive.posts.length === 0)) notFound();
  return (
    <ArchiveView
      label={kind === "category" ? "Section" : "Tag"}
      name={archive.term.name}
      description={archive.description}
      basePath={`/${kind}/${archive.term.slug}`}
      posts={archive.posts}
      nextCursor={archive.nextCursor}
      isFirstPage={cursor === "latest"}
      timeZone={getEnv().SITE_TIME_ZONE}
    />
  );
}
