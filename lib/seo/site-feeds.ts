import "server-only";
import { getArticle, getCategoryPage, getCommentFeed, getFrontPage, getSettings, getTagPage, type PostListPage } from "@/lib/content";
import { siteBase } from "@/lib/env";
import { siteDescription } from "@/lib/settings/site";
import { isValidSlug } from "@/lib/slug";
import { buildAtom, buildRss, type FeedDocument } from "@/lib/feeds/feed";
import { xmlResponse } from "./xml-response";

// Every feed the site offers: the posts (all, a section, a tag) and the comments
// (all, one story), each as RSS and Atom. The data comes from the same tagged
// cache as the pages, so a feed changes the moment the page it follows does.

export type FeedFormat = "rss" | "atom";
export type FeedScope = { kind: "posts" } | { kind: "category"; slug: string } | { kind: "tag"; slug: string } | { kind: "comments" } | { kind: "post-comments"; slug: string };

const POSTS_PER_FEED = 20;
const COMMENTS_PER_FEED = 30;


/** Where a scope's feed lives, by format (relative: for links in pages and for the feed's own self link). */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  const file = format === "rss" ? "feed.xml" : "atom.xml";
  switch (scope.kind) {
    case "posts":
      return `/${file}`;
    case "category":
      return `/category/${scope.slug}/${file}`;
    case "tag":
      return `/tag/${scope.slug}/${file}`;
    case "comments":
      return `/comments/${file}`;
    case "post-comments":
      return `/posts/${scope.slug}/comments/${file}`;
  }
}

function postEntries(page: PostListPage, site: string): FeedDocument["entries"] {
  return page.posts.map((post) => ({
    url: `${site}/posts/${post.slug}`,
    title: post.headline,
    summary: { text: post.lead },
    author: post.authorName,
    categories: post.category ? [post.category.name] : [],
    published: post.publishedAt,
    updated: post.publishedAt,
  }));
}

async function describeFeed(scope: FeedScope): Promise<Omit<FeedDocument, "selfUrl" | "language"> | null> {
  const site = siteBase();
  const settings = await getSettings();
  if (scope.kind === "posts") {
    return { title: settings.title, description: siteDescription(settings), siteUrl: `${site}/`, entries: postEntries(await getFrontPage(null, POSTS_PER_FEED), site) };
  }
  if (scope.kind === "category" || scope.kind === "tag") {
    if (!isValidSlug(scope.slug)) return null;
    const archive = scope.kind === "category" ? await getCategoryPage(scope.slug, null, POSTS_PER_FEED) : await getTagPage(scope.slug, null, POSTS_PER_FEED);
    if (!archive) return null;
    const term = "category" in archive ? archive.category : archive.tag;
    return {
      title: `${term.name} — ${settings.title}`,
      description: ("category" in archive && archive.category.description) || `${scope.kind === "category" ? "Stories in" : "Stories tagged"} ${term.name} from ${settings.title}.`,
      siteUrl: `${site}/${scope.kind}/${term.slug}`,
      entries: postEntries(archive, site),
    };
  }
  const article = scope.kind === "post-comments" ? (isValidSlug(scope.slug) ? await getArticle(scope.slug) : null) : null;
  if (scope.kind === "post-comments" && !article) return null;
  const comments = await getCommentFeed(article?.id ?? null, COMMENTS_PER_FEED);
  return {
    title: article ? `Comments on “${article.headline}” — ${settings.title}` : `Comments — ${settings.title}`,
    description: article ? `The latest comments on “${article.headline}”.` : `The latest comments on ${settings.title}.`,
    siteUrl: article ? `${site}/posts/${article.slug}#comments` : `${site}/`,
    entries: comments.map((comment) => ({
      url: `${site}/comment/${comment.id}`,
      title: `${comment.authorName} on “${comment.postHeadline}”`,
      summary: { html: comment.html },
      author: comment.authorName,
      categories: [],
      published: comment.createdAt,
      updated: comment.editedAt ?? comment.createdAt,
    })),
  };
}

/** The feed as a response: 404 for a section, tag or story that isn't there. */
export async function feedResponse(request: Request, scope: FeedScope, format: FeedFormat): Promise<Response> {
  const described = await describeFeed(scope);
  if (!described) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { language } = await getSettings();
  const feed: FeedDocument = { ...described, language, selfUrl: `${siteBase()}${feedPath(scope, format)}` };
  return xmlResponse(request, format === "rss" ? buildRss(feed) : buildAtom(feed), format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8");
}
