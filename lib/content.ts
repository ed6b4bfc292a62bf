import "server-only";
import { unstable_cache } from "next/cache";
import { type CommentOrder, getApprovedComment, listApprovedThreads } from "@/db/queries/comments/threads";
import {
  getPublishedPostBySlug,
  isPublishedPostAt,
  listLatestHeadlines,
  listPublishedPosts,
  type PostPage,
} from "@/db/queries/posts/published";
import { findSlugRedirect } from "@/db/queries/posts/editor";
import { listFeedComments } from "@/db/queries/comments/feed";
import { readSiteSettings, readDiscussionSettings } from "@/lib/settings/store";
import { parseSiteSettings } from "@/lib/settings/site";
import { getCategoryBySlug, getTagBySlug, listCategories } from "@/db/queries/taxonomy/terms";
import { getAuthorBySlug } from "@/db/queries/users/authors";
import { cacheTags } from "./cache-tags";
import { withCommentHtml } from "./markdown/comment";
import { type Cursor, decodeCursor, encodeCursor } from "./cursor";
import { getDb, getReadDb } from "@/lib/db";
import { getEnv, isNextBuild } from "@/lib/env";

// Public reads, cached across requests and tagged from lib/cache-tags.ts. Pages
// built from them are cached whole; writers call updateTag/revalidateTag with the
// same tags. Results go through JSON, so they carry ISO strings, not Dates.
// Archives and lists (front page, sections, tags, the feed, latest headlines)
// read through getReadDb (a replica when one is configured); articles and
// comments always read the primary.

const SAFETY_REVALIDATE = 3600;

export type PostListPage = Omit<PostPage, "next"> & { nextCursor: string | null };

function toListPage(page: PostPage): PostListPage {
  return { posts: page.posts, nextCursor: page.next ? encodeCursor(page.next) : null };
}

/**
 * "latest", or a cursor naming a published post (the last one on the page
 * before); anything else is not a page. Checking the post keeps the number of
 * pages, and so of cached pages, to the number of posts: made-up cursors 404.
 */
export async function parsePageParam(value: string): Promise<{ before: Cursor | null } | null> {
  if (value === "latest") return { before: null };
  const before = decodeCursor(value);
  return before && (await isPublishedPostAt(getReadDb(), before)) ? { before } : null;
}

export const getSettings = unstable_cache(() => readSiteSettings(getDb()), ["site-settings"], {
  tags: [cacheTags.settings],
  revalidate: SAFETY_REVALIDATE,
});

/**
 * The site settings for the root layout and the bare 404. `next build` renders
 * those once with no database (for its prerendered 404 shell): that pass gets the
 * defaults. Every request reads the real settings, from the cache.
 */
export async function getShellSettings() {
  return isNextBuild() ? parseSiteSettings(undefined) : getSettings();
}

export const getDiscussionSettings = unstable_cache(() => readDiscussionSettings(getDb()), ["discussion-settings"], {
  tags: [cacheTags.settings],
  revalidate: SAFETY_REVALIDATE,
});

export const getCategories = unstable_cache(() => listCategories(getDb()), ["categories"], {
  tags: [cacheTags.categories],
  revalidate: SAFETY_REVALIDATE,
});

export const getFrontPage = unstable_cache(
  async (cursor: string | null, limit: number) =>
    toListPage(await listPublishedPosts(getReadDb(), { limit, before: cursor ? decodeCursor(cursor) : null })),
  ["front-page"],
  { tags: [cacheTags.posts, cacheTags.commentCounts, cacheTags.authors], revalidate: SAFETY_REVALIDATE },
);

export const getCategoryPage = unstable_cache(
  async (slug: string, cursor: string | null, limit: number) => {
    const db = getReadDb();
    const category = await getCategoryBySlug(db, { slug });
    if (!category) return null;
    const page = await listPublishedPosts(db, {
      limit,
      before: cursor ? decodeCursor(cursor) : null,
      categoryId: category.id,
    });
    return { category, ...toListPage(page) };
  },
  ["category-page"],
  { tags: [cacheTags.posts, cacheTags.categories, cacheTags.commentCounts, cacheTags.authors], revalidate: SAFETY_REVALIDATE },
);

export const getTagPage = unstable_cache(
  async (slug: string, cursor: string | null, limit: number) => {
    const db = getReadDb();
    const tag = await getTagBySlug(db, { slug });
    if (!tag) return null;
    const page = await listPublishedPosts(db, {
      limit,
      before: cursor ? decodeCursor(cursor) : null,
      tagId: tag.id,
    });
    return { tag, ...toListPage(page) };
  },
  ["tag-page"],
  { tags: [cacheTags.posts, cacheTags.tags, cacheTags.commentCounts, cacheTags.authors], revalidate: SAFETY_REVALIDATE },
);

export const getAuthorPage = unstable_cache(
  async (slug: string, cursor: string | null, limit: number) => {
    const db = getReadDb();
    const author = await getAuthorBySlug(db, { slug });
    if (!author) return null;
    const page = await listPublishedPosts(db, { limit, before: cursor ? decodeCursor(cursor) : null, authorId: author.id });
    return { author: { slug: author.slug, name: author.name, bio: author.bio }, ...toListPage(page) };
  },
  ["author-page"],
  { tags: [cacheTags.posts, cacheTags.authors, cacheTags.commentCounts], revalidate: SAFETY_REVALIDATE },
);

export function getArticle(slug: string) {
  return unstable_cache(() => getPublishedPostBySlug(getDb(), { slug }), ["article", slug], {
    // The article names its section, tags and author: renaming them changes it.
    tags: [cacheTags.postSlug(slug), cacheTags.categories, cacheTags.tags, cacheTags.authors],
    revalidate: SAFETY_REVALIDATE,
  })();
}

/** Where a post's earlier address points now, cached under the same slug tag as the article. */
export function getSlugRedirect(slug: string) {
  return unstable_cache(() => findSlugRedirect(getDb(), slug), ["slug-redirect", slug], {
    tags: [cacheTags.postSlug(slug)],
    revalidate: SAFETY_REVALIDATE,
  })();
}

/** A page of the thread; null past the last page (and a null is never cached, see lib/cache/cache-handler.js). */
export function getCommentThreads(postId: number, options: { perPage: number; page: number; order: CommentOrder }) {
  return unstable_cache(
    async () => {
      const threads = await listApprovedThreads(getDb(), { postId, ...options });
      return threads.page > threads.pageCount ? null : { ...threads, comments: withCommentHtml(threads.comments) };
    },
    ["comment-threads", String(postId), String(options.perPage), String(options.page), options.order],
    { tags: [cacheTags.postComments(postId), cacheTags.post(postId)], revalidate: SAFETY_REVALIDATE },
  )();
}

export const getLatestHeadlines = unstable_cache(
  (excludeId: number | null, limit: number) =>
    listLatestHeadlines(getReadDb(), { limit, excludeId: excludeId ?? undefined }),
  ["latest-headlines"],
  { tags: [cacheTags.posts], revalidate: SAFETY_REVALIDATE },
);

export function getPublicComment(postId: number, id: number) {
  const load = async () => {
    const comment = await getApprovedComment(getDb(), { postId, id });
    return comment && withCommentHtml([comment])[0]!;
  };
  return unstable_cache(load, ["public-comment", String(postId), String(id)], {
    tags: [cacheTags.postComments(postId), cacheTags.post(postId)],
    revalidate: SAFETY_REVALIDATE,
  })();
}

/** The zone dates are shown in: the site setting, else the server's SITE_TIME_ZONE. */
export async function getSiteTimeZone(): Promise<string> {
  return (await getSettings()).timeZone ?? getEnv().SITE_TIME_ZONE;
}

/** The newest approved comments for a feed: the whole site's, or one story's. */
export function getCommentFeed(postId: number | null, limit: number) {
  return unstable_cache(
    async () => withCommentHtml(await listFeedComments(postId === null ? getReadDb() : getDb(), { postId: postId ?? undefined, limit })),
    ["comment-feed", String(postId), String(limit)],
    // The same tags as the pages showing these comments and counts.
    { tags: postId === null ? [cacheTags.commentCounts, cacheTags.posts] : [cacheTags.postComments(postId), cacheTags.post(postId)], revalidate: SAFETY_REVALIDATE },
  )();
}
