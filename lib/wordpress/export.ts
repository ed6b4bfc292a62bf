import type { Database } from "@/db/client";
import { readSetting } from "@/db/queries/settings";
import { exportAuthors, exportCategories, exportCommentsOf, exportPostsAfter, exportTags, type ExportPost } from "@/db/queries/wordpress-export";
import { renderCommentMarkdown } from "@/lib/markdown/comment";
import { escapeHtml } from "@/lib/markdown/plain";
import { renderPostMarkdown } from "@/lib/markdown/post";
import { parseSiteSettings, SITE_SETTINGS_KEY } from "@/lib/settings/site";
import type { WxrComment, WxrItem } from "./wxr-reader";
import { wxrFooter, wxrHeader, wxrItem } from "./wxr-writer";

// The whole site as a WordPress export (WXR 1.2) that WordPress's importer reads:
// authors, sections as categories, tags, every post in every status with its
// HTML, and every comment with its thread. Streamed a page of posts at a time.

const POSTS_PER_PAGE = 200;

const WORDPRESS_STATUS: Record<string, string> = {
  published: "publish",
  scheduled: "future",
  draft: "draft",
  pending: "pending",
  unpublished: "private",
  trash: "trash",
};

const WORDPRESS_COMMENT_STATUS: Record<string, string> = { approved: "1", pending: "0", spam: "spam", trash: "trash" };

export interface ExportOptions {
  siteUrl: string;
}

/** The export, piece by piece (the header, then a page of posts at a time, then the end). */
export async function* exportWordPress(db: Database, options: ExportOptions): AsyncGenerator<string> {
  const site = options.siteUrl.replace(/\/+$/, "");
  const settings = parseSiteSettings(await readSetting(db, SITE_SETTINGS_KEY));
  const authors = await exportAuthors(db);
  // WordPress numbers its users; the export numbers ours in order.
  const authorNumber = new Map(authors.map((author, index) => [author.id, String(index + 1)]));
  const categories = await exportCategories(db);
  const tags = await exportTags(db);
  yield wxrHeader(
    { title: settings.title, description: settings.tagline, link: site, baseSiteUrl: site, baseBlogUrl: site, language: "en" },
    authors.map((author, index) => ({ id: String(index + 1), login: loginOf(author.email, index), email: author.email, displayName: author.name })),
    [
      ...categories.map((c) => ({ taxonomy: "category" as const, id: String(c.id), slug: c.slug, name: c.name, description: c.description })),
      ...tags.map((t) => ({ taxonomy: "post_tag" as const, id: `t${t.id}`, slug: t.slug, name: t.name })),
    ],
  );
  const loginById = new Map(authors.map((author, index) => [author.id, loginOf(author.email, index)]));
  let after = 0;
  for (;;) {
    const posts = await exportPostsAfter(db, after, POSTS_PER_PAGE);
    if (posts.length === 0) break;
    after = posts.at(-1)!.id;
    const comments = await exportCommentsOf(db, posts.map((post) => post.id));
    const byPost = new Map<number, typeof comments>();
    for (const comment of comments) {
      const list = byPost.get(comment.post_id);
      if (list) list.push(comment);
      else byPost.set(comment.post_id, [comment]);
    }
    const pieces: string[] = [];
    for (const post of posts) {
      const item: Partial<WxrItem> = itemOf(post, site, loginById.get(post.author_id) ?? "");
      item.comments = (byPost.get(post.id) ?? []).map(
        (comment): WxrComment => ({
          id: String(comment.id),
          author: comment.author_name,
          authorEmail: comment.author_email,
          authorUrl: comment.author_url ?? "",
          authorIp: comment.ip ?? "",
          date: comment.created_at,
          dateGmt: comment.created_at,
          // Rendered now, so what is stored from an older renderer goes out as today's.
          content: renderCommentMarkdown(comment.body),
          approved: WORDPRESS_COMMENT_STATUS[comment.status] ?? "0",
          type: "comment",
          parent: comment.parent_id === null ? "0" : String(comment.parent_id),
          userId: (comment.user_id && authorNumber.get(comment.user_id)) || "0",
        }),
      );
      pieces.push(wxrItem(item));
      if (post.cover_image) pieces.push(wxrItem(coverAttachment(post, site)));
    }
    yield pieces.join("");
  }
  yield wxrFooter;
}

/** A WordPress login from the account's address (WordPress logins are unique, so the position breaks ties). */
function loginOf(email: string, index: number): string {
  const local = email.split("@", 1)[0]!.toLowerCase().replace(/[^a-z0-9._-]/g, "");
  return `${local || "author"}-${index + 1}`;
}

// Attachments are numbered apart from posts: WordPress ids are one sequence.
const coverId = (post: ExportPost) => `9${String(post.id).padStart(9, "0")}`;

function itemOf(post: ExportPost, site: string, login: string): Partial<WxrItem> {
  const date = post.published_at ?? post.created_at;
  return {
    // WordPress treats titles and excerpts as HTML: plain text goes in escaped.
    title: escapeHtml(post.headline),
    link: `${site}/posts/${post.slug}`,
    guid: `${site}/?p=${post.id}`,
    creator: login,
    content: renderPostMarkdown(post.body),
    excerpt: escapeHtml(post.lead),
    postId: String(post.id),
    postDate: date,
    postDateGmt: post.status === "draft" || post.status === "pending" ? "0000-00-00 00:00:00" : date,
    modifiedGmt: post.updated_at,
    commentStatus: post.comments_open ? "open" : "closed",
    postName: post.slug,
    status: WORDPRESS_STATUS[post.status] ?? "draft",
    postType: "post",
    terms: [
      ...(post.category ? [{ domain: "category", slug: post.category.slug, name: post.category.name }] : []),
      ...post.tags.map((tag) => ({ domain: "post_tag", slug: tag.slug, name: tag.name })),
    ],
    meta: post.cover_image ? { _thumbnail_id: coverId(post) } : {},
  };
}

function coverAttachment(post: ExportPost, site: string): Partial<WxrItem> {
  const url = `${site}/uploads/${post.cover_image}`;
  return {
    title: post.cover_alt || post.headline,
    link: url,
    guid: url,
    postId: coverId(post),
    postParent: String(post.id),
    postType: "attachment",
    status: "inherit",
    attachmentUrl: url,
    meta: { _wp_attachment_image_alt: post.cover_alt },
  };
}
