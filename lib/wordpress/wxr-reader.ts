import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";

// A streaming reader for WordPress exports (WXR 1.0–1.2). It holds one record
// at a time (an author, a term, or an item with its comments), so memory stays
// flat however large the file. Hostile XML is refused rather than survived: no
// DOCTYPE at all (so no entity expansion and no external entities), and no text
// longer than a bound, checked while the text is still arriving.

export class WxrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WxrError";
  }
}

export const MAX_TEXT_CHARS = 16 * 1024 * 1024;
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

export interface WxrChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  wxrVersion: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

export interface WxrAuthor {
  id: string;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
  description: string;
}

export interface WxrTerm {
  taxonomy: "category" | "post_tag";
  id: string;
  slug: string;
  name: string;
  parent: string;
  description: string;
}

export interface WxrComment {
  id: string;
  author: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: string;
  type: string;
  parent: string;
  userId: string;
}

export interface WxrItem {
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  modifiedGmt: string;
  commentStatus: string;
  postName: string;
  status: string;
  postParent: string;
  postType: string;
  password: string;
  attachmentUrl: string;
  terms: { domain: string; slug: string; name: string }[];
  meta: Record<string, string>;
  comments: WxrComment[];
}

export type WxrRecord =
  | { kind: "channel"; channel: WxrChannel }
  | { kind: "author"; author: WxrAuthor }
  | { kind: "term"; term: WxrTerm }
  | { kind: "item"; item: WxrItem };

/** One element inside a record, as a small tree. */
interface Node {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

const RECORD_ELEMENTS = new Set(["item", "wp:author", "wp:category", "wp:tag", "wp:term"]);
const CHANNEL_FIELDS: Record<string, keyof WxrChannel> = {
  title: "title",
  link: "link",
  description: "description",
  language: "language",
  "wp:wxr_version": "wxrVersion",
  "wp:base_site_url": "baseSiteUrl",
  "wp:base_blog_url": "baseBlogUrl",
};

const child = (node: Node, name: string) => node.children.find((c) => c.name === name)?.text.trim() ?? "";
const childRaw = (node: Node, name: string) => node.children.find((c) => c.name === name)?.text ?? "";

function toAuthor(node: Node): WxrAuthor {
  return {
    id: child(node, "wp:author_id"),
    login: child(node, "wp:author_login"),
    email: child(node, "wp:author_email"),
    displayName: child(node, "wp:author_display_name"),
    firstName: child(node, "wp:author_first_name"),
    lastName: child(node, "wp:author_last_name"),
    description: child(node, "wp:author_description"),
  };
}

function toTerm(node: Node): WxrTerm | null {
  if (node.name === "wp:category") {
    return {
      taxonomy: "category",
      id: child(node, "wp:term_id"),
      slug: child(node, "wp:category_nicename"),
      name: child(node, "wp:cat_name"),
      parent: child(node, "wp:category_parent"),
      description: child(node, "wp:category_description"),
    };
  }
  if (node.name === "wp:tag") {
    return {
      taxonomy: "post_tag",
      id: child(node, "wp:term_id"),
      slug: child(node, "wp:tag_slug"),
      name: child(node, "wp:tag_name"),
      parent: "",
      description: child(node, "wp:tag_description"),
    };
  }
  const taxonomy = child(node, "wp:term_taxonomy");
  if (taxonomy !== "category" && taxonomy !== "post_tag") return null;
  return {
    taxonomy,
    id: child(node, "wp:term_id"),
    slug: child(node, "wp:term_slug"),
    name: child(node, "wp:term_name"),
    parent: child(node, "wp:term_parent"),
    description: child(node, "wp:term_description"),
  };
}

function toComment(node: Node): WxrComment {
  return {
    id: child(node, "wp:comment_id"),
    author: child(node, "wp:comment_author"),
    authorEmail: child(node, "wp:comment_author_email"),
    authorUrl: child(node, "wp:comment_author_url"),
    authorIp: child(node, "wp:comment_author_IP"),
    date: child(node, "wp:comment_date"),
    dateGmt: child(node, "wp:comment_date_gmt"),
    content: childRaw(node, "wp:comment_content"),
    approved: child(node, "wp:comment_approved"),
    type: child(node, "wp:comment_type"),
    parent: child(node, "wp:comment_parent"),
    userId: child(node, "wp:comment_user_id"),
  };
}

function toItem(node: Node): WxrItem {
  const meta: Record<string, string> = {};
  for (const m of node.children.filter((c) => c.name === "wp:postmeta")) {
    const key = child(m, "wp:meta_key");
    if (key) meta[key] = childRaw(m, "wp:meta_value");
  }
  return {
    title: child(node, "title"),
    link: child(node, "link"),
    guid: child(node, "guid"),
    creator: child(node, "dc:creator"),
    content: childRaw(node, "content:encoded"),
    excerpt: childRaw(node, "excerpt:encoded"),
    postId: child(node, "wp:post_id"),
    postDate: child(node, "wp:post_date"),
    postDateGmt: child(node, "wp:post_date_gmt"),
    modifiedGmt: child(node, "wp:post_modified_gmt"),
    commentStatus: child(node, "wp:comment_status"),
    postName: child(node, "wp:post_name"),
    status: child(node, "wp:status"),
    postParent: child(node, "wp:post_parent"),
    postType: child(node, "wp:post_type"),
    password: child(node, "wp:post_password"),
    attachmentUrl: child(node, "wp:attachment_url"),
    terms: node.children
      .filter((c) => c.name === "category")
      .map((c) => ({ domain: c.attributes.domain ?? "", slug: c.attributes.nicename ?? "", name: c.text.trim() })),
    meta,
    comments: node.children.filter((c) => c.name === "wp:comment").map(toComment),
  };
}

function toRecord(node: Node): WxrRecord | null {
  if (node.name === "item") return { kind: "item", item: toItem(node) };
  if (node.name === "wp:author") return { kind: "author", author: toAuthor(node) };
  const term = toTerm(node);
  return term ? { kind: "term", term } : null;
}

const WXR_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/?$/;

/**
 * Reads WXR from a stream of text chunks. Throws WxrError for anything that is
 * not a complete, well-formed WordPress export.
 */
export async function* readWxrChunks(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const ready: WxrRecord[] = [];
  const channel: WxrChannel = { title: "", link: "", description: "", language: "", wxrVersion: "", baseSiteUrl: "", baseBlogUrl: "" };
  let channelSent = false;
  let depth = 0;
  let sawRss = false;
  let closedRss = false;
  let isWxr = false;
  // Inside a record: the stack of open elements, its root first.
  let stack: Node[] = [];
  let recordChars = 0;
  let channelField: keyof WxrChannel | null = null;
  // Characters given to the parser since it last reported anything: text it is
  // still gathering into one node.
  let pendingChars = 0;

  const sendChannel = () => {
    if (channelSent) return;
    if (!isWxr || !channel.wxrVersion) {
      throw new WxrError("This is not a WordPress export: it has no WXR version (wp:wxr_version). Export it again from Tools → Export in WordPress.");
    }
    channelSent = true;
    ready.push({ kind: "channel", channel: { ...channel } });
  };

  const addText = (text: string) => {
    pendingChars = 0;
    const open = stack.at(-1);
    if (open) {
      recordChars += text.length;
      if (open.text.length + text.length > MAX_TEXT_CHARS || recordChars > MAX_RECORD_CHARS) {
        throw new WxrError(`The export holds a text longer than ${MAX_TEXT_CHARS / 1024 / 1024} MB (line ${parser.line}); refused.`);
      }
      open.text += text;
    } else if (channelField) {
      channel[channelField] += text;
    }
  };

  parser.on("doctype", () => {
    throw new WxrError("The file declares a DOCTYPE, which a WordPress export never does (it can define entities that expand or read other files); refused.");
  });
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("opentag", (tag) => {
    pendingChars = 0;
    depth++;
    const attributes = tag.attributes as Record<string, string>;
    if (depth === 1) {
      if (tag.name !== "rss") throw new WxrError(`This is not a WordPress export: the file starts with <${tag.name}>, not <rss>.`);
      sawRss = true;
      isWxr = Object.entries(attributes).some(([name, value]) => name.startsWith("xmlns:") && WXR_NAMESPACE.test(value.trim()));
      return;
    }
    if (depth === 2) {
      if (tag.name !== "channel") throw new WxrError(`This is not a WordPress export: <rss> holds <${tag.name}>, not <channel>.`);
      return;
    }
    if (stack.length > 0) {
      const node: Node = { name: tag.name, attributes, text: "", children: [] };
      stack.at(-1)!.children.push(node);
      stack.push(node);
      return;
    }
    if (depth === 3 && RECORD_ELEMENTS.has(tag.name)) {
      // The channel's own fields come before its first record.
      sendChannel();
      stack = [{ name: tag.name, attributes, text: "", children: [] }];
      recordChars = 0;
      return;
    }
    if (depth === 3) channelField = CHANNEL_FIELDS[tag.name] ?? null;
  });
  parser.on("closetag", (tag) => {
    pendingChars = 0;
    depth--;
    if (stack.length > 0) {
      const node = stack.pop()!;
      if (stack.length === 0) {
        const record = toRecord(node);
        if (record) ready.push(record);
      }
      return;
    }
    if (depth === 2) channelField = null;
    if (depth === 1 && tag.name === "channel") sendChannel();
    if (depth === 0) closedRss = true;
  });

  const fail = (error: unknown): never => {
    if (error instanceof WxrError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new WxrError(`The file is not well-formed XML (${message.replace(/^(?:[^:]*:)?\d+:\d+: /, "")}, line ${parser.line}, column ${parser.column}); refused.`);
  };

  let sawAny = false;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    sawAny = true;
    try {
      parser.write(chunk);
    } catch (error) {
      fail(error);
    }
    pendingChars += chunk.length;
    if (pendingChars > MAX_TEXT_CHARS + chunk.length) {
      throw new WxrError(`The export holds a text longer than ${MAX_TEXT_CHARS / 1024 / 1024} MB (line ${parser.line}); refused.`);
    }
    while (ready.length > 0) yield ready.shift()!;
  }
  if (!sawAny) throw new WxrError("The file is empty.");
  try {
    parser.close();
  } catch (error) {
    if (sawRss && !closedRss) throw new WxrError("The export ends early: the file was cut off before its last item (an interrupted download or copy?). Export it again.");
    fail(error);
  }
  if (!sawRss) throw new WxrError("This is not a WordPress export: it holds no <rss> element.");
  if (!closedRss) throw new WxrError("The export ends early: the file was cut off before its last item (an interrupted download or copy?). Export it again.");
  sendChannel();
  while (ready.length > 0) yield ready.shift()!;
}

/** Text chunks of a UTF-8 file, with a count of bytes read so far for progress. */
export async function* fileChunks(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let bytes = 0;
  for await (const buffer of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    bytes += buffer.byteLength;
    onBytes?.(bytes);
    const text = decoder.decode(buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export function readWxrFile(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<WxrRecord> {
  return readWxrChunks(fileChunks(path, onBytes));
}
