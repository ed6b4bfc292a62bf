import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/db/client";
import {
  addLegacyRedirects,
  addMappings,
  broadcastTagExpiry,
  commentPlaces,
  createImportRun,
  ensureAuthorAccount,
  ensureCategory,
  ensureTag,
  findMapped,
  type ImportedComment,
  insertImportedComments,
  insertImportedPost,
  lockImportBatch,
  reserveCommentIds,
  refreshImportStatistics,
  takenPostSlugs,
  updateImportRun,
  usersByEmail,
} from "@/db/queries/wordpress-import";
import { cacheTags } from "@/lib/cache-tags";
import { limitKeyForIp } from "@/lib/client-ip.js";
import { commentBodyColumns } from "@/lib/markdown/comment";
import { slugify, slugVariant } from "@/lib/slug";
import { checkImage } from "@/lib/uploads/image-check";
import { storeUpload } from "@/lib/uploads/storage";
import { plainText, wordpressToMarkdown } from "./content";
import {
  commenterIp,
  decodePercent,
  commenterUrl,
  commentStatusFrom,
  fit,
  legacyPostPaths,
  postSlugFrom,
  postStatusFrom,
  termSlugFrom,
  wordpressDate,
  wordpressPostId,
} from "./mapping";
import { readWxrFile, type WxrAuthor, type WxrChannel, type WxrComment, type WxrItem, type WxrTerm, WxrError } from "./wxr-reader";

// A WordPress export into Broadsheet. The file is read twice, streaming both
// times: first to check all of it (a truncated or hostile file is refused before
// anything is written) and to count what is in it for the progress bar, then to
// import it, one transaction per post with its tags, comments and old addresses.
// Every created row is mapped to its WordPress id, so running the same import
// again (after an interruption, or with a newer export) creates nothing twice.

export { WxrError };

export interface ImportProgress {
  phase: "checking" | "importing";
  readBytes: number;
  totalBytes: number;
  posts: number;
  comments: number;
  totalPosts: number;
  totalComments: number;
}

export interface ImportReport {
  site: string;
  created: { authors: number; sections: number; tags: number; posts: number; comments: number; redirects: number; images: number };
  /** Found from an earlier run of the same import and left as they are. */
  existing: { posts: number; comments: number };
  skipped: { what: string; why: string }[];
  /** Skips by reason, over all of them (the list above stops at MAX_SKIPS_LISTED). */
  skippedByReason: Record<string, number>;
  seconds: number;
}

export interface ImportOptions {
  /** A copy of the site's wp-content/uploads folder, for featured images. */
  uploadsDir?: string;
  onProgress?: (progress: ImportProgress) => void;
  startedBy?: string | null;
  /** An import_runs row made by the caller (the admin page); else one is made here. */
  runId?: number;
}

const MAX_SKIPS_LISTED = 500;
const COMMENTS_PER_STATEMENT = 2_000;
const BATCH_POSTS = 50;
const BATCH_COMMENTS = 2_500;

interface Survey {
  channel: WxrChannel | null;
  posts: number;
  comments: number;
  /** Attachment post id → its file's address, for featured images. */
  attachments: Map<string, string>;
}

/** The first reading: the whole file checked, its posts and comments counted. */
export async function surveyExport(file: string, onBytes?: (bytes: number) => void): Promise<Survey> {
  const survey: Survey = { channel: null, posts: 0, comments: 0, attachments: new Map() };
  for await (const record of readWxrFile(file, onBytes)) {
    if (record.kind === "channel") survey.channel = record.channel;
    if (record.kind !== "item") continue;
    const { item } = record;
    if (item.postType === "attachment") {
      const id = wordpressPostId(item);
      if (id && item.attachmentUrl) survey.attachments.set(id, item.attachmentUrl);
    } else if (item.postType === "post" || item.postType === "") {
      survey.posts++;
      survey.comments += item.comments.length;
    }
  }
  return survey;
}

class Importer {
  readonly report: ImportReport;
  private source = "";
  private siteUrl = "";
  private readonly authorsByLogin = new Map<string, string>();
  private readonly categoryIds = new Map<string, { id: number; slug: string }>();
  private readonly tagIds = new Map<string, number>();
  private readonly termRedirects: { path: string; target: string }[] = [];
  private readonly newSlugs: string[] = [];
  private readonly headerAuthors = new Map<string, WxrAuthor>();
  private readonly headerCategories = new Map<string, WxrTerm>();
  posts = 0;
  comments = 0;
  private sinceStatistics = 0;

  constructor(
    /** The open batch's transaction while one runs (each write inside it is a savepoint). */
    public db: Database,
    private readonly survey: Survey,
    private readonly uploadsDir: string | undefined,
  ) {
    this.report = {
      site: "",
      created: { authors: 0, sections: 0, tags: 0, posts: 0, comments: 0, redirects: 0, images: 0 },
      existing: { posts: 0, comments: 0 },
      skipped: [],
      skippedByReason: {},
      seconds: 0,
    };
  }

  skip(what: string, why: string) {
    this.report.skippedByReason[why] = (this.report.skippedByReason[why] ?? 0) + 1;
    if (this.report.skipped.length < MAX_SKIPS_LISTED) this.report.skipped.push({ what, why });
  }

  setChannel(channel: WxrChannel) {
    this.siteUrl = channel.baseBlogUrl || channel.link || channel.baseSiteUrl;
    this.source = fit(this.siteUrl || channel.title || "wordpress", 300);
    this.report.site = this.siteUrl;
  }

  /** Every author in the export gets an account, so their comments link to them too. */
  async addAuthor(author: WxrAuthor) {
    if (!author.login) return;
    this.headerAuthors.set(author.login, author);
    await this.authorFor(author.login);
  }

  async addTerm(term: WxrTerm) {
    if (term.taxonomy === "category") {
      this.headerCategories.set(term.slug, term);
      await this.categoryFor(term.slug, term.name, term.description, term.id);
    } else {
      await this.tagFor(term.slug, term.name);
    }
  }

  /** The account a WordPress login writes as: mapped from an earlier run, found by address, or created. */
  private async authorFor(login: string): Promise<string> {
    const key = login || "(no author)";
    const known = this.authorsByLogin.get(key);
    if (known) return known;
    const mapped = (await findMapped(this.db, this.source, "user", [key])).get(key);
    if (mapped) {
      this.authorsByLogin.set(key, mapped);
      return mapped;
    }
    const header = this.headerAuthors.get(login);
    const name = fit(header?.displayName || [header?.firstName, header?.lastName].filter(Boolean).join(" ") || login || "Imported author", 245);
    let email = header?.email?.trim() ?? "";
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 100) {
      email = `${slugify(login || name, 40) || "author"}@wordpress-import.invalid`;
      this.skip(`author ${name}`, "no email address in the export: account made with a placeholder address; give it a real one before they sign in");
    }
    const { id, created } = await this.db.transaction(async (tx) => {
      const account = await ensureAuthorAccount(tx, { email, name, login });
      await addMappings(tx, this.source, "user", [[key, account.id]]);
      return account;
    });
    if (created) this.report.created.authors++;
    this.authorsByLogin.set(key, id);
    return id;
  }

  private async categoryFor(nicename: string, name: string, description = "", termId = ""): Promise<{ id: number; slug: string }> {
    const key = nicename || name;
    const known = this.categoryIds.get(key);
    if (known) return known;
    const slug = termSlugFrom(nicename, name);
    const id = await this.db.transaction(async (tx) => {
      const mapped = (await findMapped(tx, this.source, "category", [key])).get(key);
      if (mapped) return Number(mapped);
      const created = await ensureCategory(tx, { slug, name: fit(plainText(name) || slug, 200), description: plainText(description) });
      await addMappings(tx, this.source, "category", [[key, String(created)]]);
      this.report.created.sections++;
      return created;
    });
    const entry = { id, slug };
    this.categoryIds.set(key, entry);
    const target = `/category/${slug}`;
    const paths = new Set([`/category/${nicename}`, this.categoryPath(nicename)]);
    if (termId) paths.add(`/?cat=${termId}`);
    for (const path of paths) if (path && path.toLowerCase() !== target) this.termRedirects.push({ path: path.toLowerCase(), target });
    return entry;
  }

  /** /category/parent/child, as WordPress addresses a nested category. */
  private categoryPath(nicename: string): string {
    const chain: string[] = [];
    let current = this.headerCategories.get(nicename);
    const seen = new Set<string>();
    while (current && !seen.has(current.slug)) {
      seen.add(current.slug);
      chain.unshift(current.slug);
      current = current.parent ? this.headerCategories.get(current.parent) : undefined;
    }
    return chain.length > 1 ? `/category/${chain.join("/")}` : "";
  }

  private async tagFor(nicename: string, name: string): Promise<number> {
    const key = nicename || name;
    const known = this.tagIds.get(key);
    if (known) return known;
    const slug = termSlugFrom(nicename, name);
    const id = await this.db.transaction(async (tx) => {
      const mapped = (await findMapped(tx, this.source, "tag", [key])).get(key);
      if (mapped) return Number(mapped);
      const created = await ensureTag(tx, { slug, name: fit(plainText(name) || slug, 50) });
      await addMappings(tx, this.source, "tag", [[key, String(created)]]);
      this.report.created.tags++;
      return created;
    });
    this.tagIds.set(key, id);
    const target = `/tag/${slug}`;
    if (nicename && `/tag/${nicename}`.toLowerCase() !== target) this.termRedirects.push({ path: `/tag/${nicename}`.toLowerCase(), target });
    if (nicename) this.termRedirects.push({ path: `/?tag=${nicename.toLowerCase()}`, target });
    return id;
  }

  /** The featured image from the operator's copy of the uploads folder, stored like an editor's upload. */
  private async coverFor(item: WxrItem, label: string): Promise<string | null> {
    const thumbnailId = item.meta._thumbnail_id?.trim();
    if (!thumbnailId) return null;
    const url = this.survey.attachments.get(thumbnailId);
    if (!url) {
      this.skip(`featured image of ${label}`, "the image is not in the export");
      return null;
    }
    if (!this.uploadsDir) {
      this.skip(`featured image of ${label}`, "no uploads folder given (--uploads)");
      return null;
    }
    const relative = uploadsRelativePath(url);
    const root = path.resolve(this.uploadsDir);
    const file = relative ? path.resolve(root, relative) : "";
    if (!file || !file.startsWith(`${root}${path.sep}`)) {
      this.skip(`featured image of ${label}`, "the image's address is not under wp-content/uploads");
      return null;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch {
      this.skip(`featured image of ${label}`, "the image file is not in the uploads folder");
      return null;
    }
    const checked = checkImage(bytes);
    if (!checked.ok) {
      this.skip(`featured image of ${label}`, "the image file is not an image this site shows");
      return null;
    }
    this.report.created.images++;
    return storeUpload(bytes, checked.extension, this.db);
  }

  async addItem(item: WxrItem) {
    const label = item.title ? `“${fit(plainText(item.title), 80)}”` : `item ${item.postId || item.guid || "?"}`;
    if (item.postType === "attachment") return;
    if (item.postType !== "post" && item.postType !== "") {
      this.skip(`${item.postType || "item"} ${label}`, `a WordPress ${item.postType} is not a post`);
      return;
    }
    const wpId = wordpressPostId(item);
    const key = wpId || item.guid || item.link;
    if (!key) {
      this.skip(`post ${label}`, "no post id, guid or link to know it by");
      return;
    }
    const mapped = (await findMapped(this.db, this.source, "post", [key])).get(key);
    if (mapped) {
      this.report.existing.posts++;
      this.posts++;
      await this.addComments(Number(mapped), item, label, null);
      return;
    }
    let status = postStatusFrom(item.status);
    if (!status) {
      this.skip(`post ${label}`, `status “${fit(item.status, 30)}” is not a post of its own`);
      return;
    }
    if (item.password && status === "published") {
      status = "unpublished";
      this.skip(`password of ${label}`, "password-protected posts are imported unpublished");
    }
    const date = wordpressDate(item.postDateGmt, item.postDate);
    const modified = wordpressDate(item.modifiedGmt, "") ?? date ?? new Date();
    const authorId = await this.authorFor(item.creator);

    const categoriesOf = item.terms.filter((term) => term.domain === "category");
    const tagsOf = item.terms.filter((term) => term.domain === "post_tag" || term.domain === "tag");
    // An old RSS-style export names terms without a domain: the first is the section, the rest tags.
    const plain = item.terms.filter((term) => term.domain === "");
    if (categoriesOf.length === 0 && plain.length > 0) categoriesOf.push(plain.shift()!);
    tagsOf.push(...plain);
    const sections = [];
    for (const term of categoriesOf) sections.push({ term, ...(await this.categoryFor(term.slug, term.name)) });
    const section = sections.find((s) => s.slug !== "uncategorized") ?? null;
    const tagIds: number[] = [];
    for (const term of tagsOf) tagIds.push(await this.tagFor(term.slug, term.name));
    // A post in several categories keeps the others as tags, so no grouping is lost.
    for (const extra of sections) if (extra !== section && extra.slug !== "uncategorized") tagIds.push(await this.tagFor(extra.term.slug, extra.term.name));

    const converted = wordpressToMarkdown(item.content);
    for (const name of converted.droppedShortcodes) this.skip(`[${name}] in ${label}`, `the [${name}] shortcode has nothing to show here`);
    if (converted.asPlainText) this.skip(`content of ${label}`, "its markup is nested too deep to convert: its text came in as plain paragraphs");
    let headline = fit(plainText(item.title), 300);
    if (!headline) {
      headline = "Untitled";
      this.skip(`title of ${label}`, "the post had no title: it is called “Untitled”");
    }
    const coverImage = await this.coverFor(item, label);
    const slug = await this.freeSlug(postSlugFrom(item));
    // A trashed post keeps its date only if it had gone out (WordPress leaves a draft's GMT date at zero).
    const publishedAt =
      status === "published" || status === "scheduled" || status === "unpublished" ? date : status === "trash" ? wordpressDate(item.postDateGmt, "") : null;

    const postId = await this.db.transaction(async (tx) => {
      const id = await insertImportedPost(
        tx,
        {
          slug,
          headline,
          lead: fit(plainText(item.excerpt), 1000),
          body: converted.markdown,
          status,
          publishedAt: publishedAt ?? (status === "published" ? new Date() : null),
          authorId,
          categoryId: section?.id ?? null,
          commentsOpen: item.commentStatus !== "closed",
          coverImage,
          coverAlt: coverImage ? headline.slice(0, 300) : "",
          createdAt: date ?? modified,
          updatedAt: modified,
        },
        tagIds,
      );
      await addMappings(tx, this.source, "post", [[key, String(id)]]);
      const paths = legacyPostPaths(item, wpId, date, this.siteUrl).filter((p) => p !== `/posts/${slug}`);
      this.report.created.redirects += await addLegacyRedirects(tx, paths.map((p) => ({ path: p, target: `/posts/${slug}` })));
      return id;
    });
    this.report.created.posts++;
    this.posts++;
    this.newSlugs.push(slug);
    await this.addComments(postId, item, label, date);
  }

  /** The post's slug, or the first "-2", "-3"… not in use, asked of the database twenty at a time. */
  private async freeSlug(base: string): Promise<string> {
    for (let from = 1; ; from += 20) {
      const candidates = Array.from({ length: 20 }, (_, i) => slugVariant(base, from + i));
      const taken = await takenPostSlugs(this.db, candidates);
      const free = candidates.find((slug) => !taken.has(slug));
      if (free) return free;
    }
  }

  /** The post's comments not imported before, with their threads, in one transaction. */
  private async addComments(postId: number, item: WxrItem, label: string, postDate: Date | null) {
    const all = item.comments.filter((comment) => {
      if (!comment.id) {
        this.skip(`a comment on ${label}`, "no comment id");
        return false;
      }
      if (comment.type === "pingback" || comment.type === "trackback") {
        this.skip(`${comment.type} ${comment.id} on ${label}`, "pingbacks and trackbacks are not imported");
        return false;
      }
      if (!commentStatusFrom(comment.approved)) {
        this.skip(`comment ${comment.id} on ${label}`, `status “${fit(comment.approved, 30)}” is unknown`);
        return false;
      }
      return true;
    });
    this.comments += item.comments.length;
    if (all.length === 0) return;
    const mapped = await findMapped(this.db, this.source, "comment", all.map((c) => c.id));
    this.report.existing.comments += mapped.size;
    const fresh = all.filter((comment) => !mapped.has(comment.id));
    if (fresh.length === 0) return;

    await this.db.transaction(async (tx) => {
      const ids = await reserveCommentIds(tx, fresh.length);
      const newIds = new Map(fresh.map((comment, index) => [comment.id, ids[index]!]));
      const parentsFromBefore = await findMapped(
        tx,
        this.source,
        "comment",
        [...new Set(fresh.map((c) => c.parent).filter((p) => p && p !== "0" && !newIds.has(p)))],
      );
      const places = await commentPlaces(tx, [...parentsFromBefore.values()].map(Number));
      const emails = await usersByEmail(tx, fresh.filter((c) => c.userId && c.userId !== "0").map((c) => c.authorEmail));
      const byWpId = new Map(fresh.map((comment) => [comment.id, comment]));
      const placeOf = new Map<string, { id: number; rootId: number | null; depth: number } | null>();

      const resolve = (comment: WxrComment, trail: Set<string>): { id: number; rootId: number | null; depth: number } | null => {
        if (placeOf.has(comment.id)) return placeOf.get(comment.id)!;
        const id = newIds.get(comment.id)!;
        let place: { id: number; rootId: number | null; depth: number } = { id, rootId: null, depth: 0 };
        const parent = comment.parent && comment.parent !== "0" ? comment.parent : "";
        if (parent) {
          const inBatch = byWpId.get(parent);
          const before = parentsFromBefore.get(parent);
          if (inBatch && !trail.has(parent)) {
            trail.add(comment.id);
            const parentPlace = resolve(inBatch, trail);
            if (parentPlace) place = { id, rootId: parentPlace.rootId ?? parentPlace.id, depth: parentPlace.depth + 1 };
          } else if (before) {
            const where = places.get(Number(before));
            if (where) place = { id, rootId: where.rootId ?? Number(before), depth: where.depth + 1 };
          }
          if (place.depth === 0) this.skip(`reply ${comment.id} on ${label}`, "its parent comment is not in the export: shown as a comment of its own");
        }
        placeOf.set(comment.id, place);
        return place;
      };

      const rows: ImportedComment[] = [];
      for (const comment of fresh) {
        const place = resolve(comment, new Set())!;
        const parentWp = comment.parent && comment.parent !== "0" ? comment.parent : "";
        const parentId = place.depth === 0 ? null : (newIds.get(parentWp) ?? Number(parentsFromBefore.get(parentWp)));
        const converted = wordpressToMarkdown(comment.content);
        if (converted.asPlainText) this.skip(`comment ${comment.id} on ${label}`, "its markup is nested too deep to convert: its text came in as plain paragraphs");
        const markdown = converted.markdown || "…";
        const ip = commenterIp(comment.authorIp);
        const email = comment.authorEmail.length <= 100 ? comment.authorEmail.trim() : "";
        rows.push({
          id: place.id,
          postId,
          parentId,
          rootId: place.rootId,
          depth: place.depth,
          userId: comment.userId && comment.userId !== "0" ? (emails.get(email.toLowerCase()) ?? null) : null,
          authorName: fit(plainText(comment.author), 245) || "Anonymous",
          authorEmail: email,
          authorUrl: commenterUrl(comment.authorUrl),
          ...commentBodyColumns(markdown),
          status: commentStatusFrom(comment.approved)!,
          ip,
          ipKey: ip ? limitKeyForIp(ip) : null,
          createdAt: (wordpressDate(comment.dateGmt, comment.date) ?? postDate ?? new Date()).toISOString(),
        });
      }
      for (let start = 0; start < rows.length; start += COMMENTS_PER_STATEMENT) {
        await insertImportedComments(tx, rows.slice(start, start + COMMENTS_PER_STATEMENT));
      }
      await addMappings(tx, this.source, "comment", fresh.map((comment) => [comment.id, String(newIds.get(comment.id))]));
    });
    this.report.created.comments += fresh.length;
    this.sinceStatistics += fresh.length;
    if (this.sinceStatistics >= 20_000) {
      this.sinceStatistics = 0;
      await refreshImportStatistics(this.db);
    }
  }

  async finish() {
    this.report.created.redirects += await addLegacyRedirects(this.db, dedupe(this.termRedirects));
    const slugs = this.newSlugs.map((slug) => cacheTags.postSlug(slug));
    await broadcastTagExpiry(this.db, [cacheTags.posts, cacheTags.categories, cacheTags.tags, cacheTags.commentCounts, ...slugs]);
  }
}

const dedupe = (rows: { path: string; target: string }[]) => [...new Map(rows.map((row) => [row.path, row])).values()];

/** wp-content/uploads/2008/06/x.jpg (or a wordpress.com files address) → 2008/06/x.jpg. */
export function uploadsRelativePath(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { pathname, hostname } = new URL(url);
  const decoded = decodePercent(pathname);
  const marker = decoded.indexOf("/wp-content/uploads/");
  if (marker >= 0) return decoded.slice(marker + "/wp-content/uploads/".length);
  if (hostname.endsWith(".files.wordpress.com")) return decoded.replace(/^\/+/, "");
  return null;
}

/**
 * Imports a WordPress export file. Throws WxrError, with nothing written, when
 * the file is not a complete WordPress export.
 */
export async function importWordPress(db: Database, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const totalBytes = (await stat(file)).size;
  const runId = options.runId ?? (await createImportRun(db, { fileName: fit(path.basename(file), 300), totalBytes, startedBy: options.startedBy }));
  let lastSaved = 0;
  const progress: ImportProgress = { phase: "checking", readBytes: 0, totalBytes, posts: 0, comments: 0, totalPosts: 0, totalComments: 0 };
  const tell = async (force = false) => {
    options.onProgress?.({ ...progress });
    if (!force && Date.now() - lastSaved < 1000) return;
    lastSaved = Date.now();
    await updateImportRun(db, runId, {
      status: progress.phase,
      readBytes: progress.readBytes,
      totalPosts: progress.totalPosts,
      totalComments: progress.totalComments,
      donePosts: progress.posts,
      doneComments: progress.comments,
    });
  };
  try {
    const survey = await surveyExport(file, (bytes) => {
      progress.readBytes = bytes;
      options.onProgress?.({ ...progress });
    });
    Object.assign(progress, { phase: "importing", readBytes: 0, totalPosts: survey.posts, totalComments: survey.comments });
    await tell(true);
    const importer = new Importer(db, survey, options.uploadsDir);
    let bytesRead = 0;
    const records = readWxrFile(file, (bytes) => (bytesRead = bytes));
    // Posts go in batches, one transaction each (a commit waits for the disk; a
    // post's own writes inside it are savepoints). A failure loses at most the
    // batch, which the next run imports again. Progress is saved between batches.
    let finished = false;
    while (!finished) {
      await db.transaction(async (tx) => {
        await lockImportBatch(tx);
        importer.db = tx;
        let posts = 0;
        let comments = 0;
        while (posts < BATCH_POSTS && comments < BATCH_COMMENTS) {
          const next = await records.next();
          if (next.done) {
            finished = true;
            return;
          }
          const record = next.value;
          if (record.kind === "channel") importer.setChannel(record.channel);
          else if (record.kind === "author") await importer.addAuthor(record.author);
          else if (record.kind === "term") await importer.addTerm(record.term);
          else {
            await importer.addItem(record.item);
            posts++;
            comments += record.item.comments.length;
          }
          Object.assign(progress, { readBytes: bytesRead, posts: importer.posts, comments: importer.comments });
          options.onProgress?.({ ...progress });
        }
      });
      importer.db = db;
      await tell();
    }
    await importer.finish();
    importer.report.seconds = (Date.now() - started) / 1000;
    await tell(true);
    await updateImportRun(db, runId, { status: "done", report: importer.report, finishedAt: new Date() });
    return importer.report;
  } catch (error) {
    const message = error instanceof WxrError ? error.message : `The import stopped: ${error instanceof Error ? error.message : String(error)}. Run it again to carry on where it stopped.`;
    await updateImportRun(db, runId, { status: "failed", error: message, finishedAt: new Date() }).catch(() => undefined);
    throw error instanceof WxrError ? error : new Error(message, { cause: error });
  }
}
