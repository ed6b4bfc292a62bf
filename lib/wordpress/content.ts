import { decodeHTML } from "entities";
import TurndownService from "turndown";
import { escapeHtml } from "@/lib/markdown/plain";
// @ts-expect-error: the plugin ships no types; it exports plugins that take a TurndownService.
import { gfm } from "turndown-plugin-gfm";

// WordPress content → the Markdown Broadsheet's editor writes. WordPress stores
// HTML (classic editor, with paragraphs implied by blank lines), block-editor
// markup (the same HTML between <!-- wp:… --> comments) and shortcodes. Turndown
// does the HTML; this module only prepares what WordPress leaves implicit. The
// Markdown is rendered by the same sanitizing pipeline as anything an editor
// types (raw HTML dropped, links and images over web protocols only).

/** Shortcodes WordPress itself registers; anything else in brackets is left as the author typed it. */
const CORE_SHORTCODES = ["caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist"];

const BLOCK_TAGS =
  "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|script|iframe|video|audio|object";
const STARTS_WITH_BLOCK = new RegExp(`^\\s*<\\/?(?:${BLOCK_TAGS})\\b`, "i");

/**
 * WordPress's wpautop, reduced to what changes the Markdown: text separated by a
 * blank line is a paragraph, a single line break inside one is a <br>.
 */
export function autoParagraphs(html: string): string {
  const chunks = html.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  return chunks
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      if (STARTS_WITH_BLOCK.test(chunk)) return chunk;
      return `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`;
    })
    .join("\n\n");
}

const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s\\]]+))`, "i").exec(attributes)?.slice(1).find((v) => v !== undefined) ?? "";


/** Core shortcodes become the HTML they stand for (a caption a figure, an embed a link); a gallery can't be shown and goes. */
export function expandShortcodes(html: string): { html: string; dropped: string[] } {
  const dropped: string[] = [];
  const names = CORE_SHORTCODES.join("|");
  // Enclosing form first: [caption …]…[/caption].
  let out = html.replace(new RegExp(`\\[(${names})\\b([^\\]]*)\\]([\\s\\S]*?)\\[\\/\\1\\]`, "gi"), (_, name: string, attributes: string, inner: string) => {
    const lower = name.toLowerCase();
    if (lower === "caption" || lower === "wp_caption") {
      const image = /<img\b[^>]*>/i.exec(inner)?.[0] ?? "";
      const linked = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>/i.exec(inner)?.[0];
      const media = linked ?? image;
      const text = inner.replace(media, "").trim() || attribute(attributes, "caption");
      return `<figure>${media}<figcaption>${text}</figcaption></figure>`;
    }
    const url = inner.trim() || attribute(attributes, "src") || attribute(attributes, "url");
    if (/^https?:\/\//i.test(url)) return `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
    dropped.push(lower);
    return "";
  });
  // Self-closing form: [gallery ids="1,2"], [audio src="…"].
  out = out.replace(new RegExp(`\\[(${names})\\b([^\\]]*)\\/?\\]`, "gi"), (_, name: string, attributes: string) => {
    const lower = name.toLowerCase();
    const url = attribute(attributes, "src") || attribute(attributes, "url") || attribute(attributes, "mp3") || attribute(attributes, "mp4");
    if (/^https?:\/\//i.test(url)) return `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
    dropped.push(lower);
    return "";
  });
  return { html: out, dropped };
}

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "_",
    strongDelimiter: "**",
    hr: "---",
    linkStyle: "inlined",
  });
  service.use(gfm as TurndownService.Plugin);
  // The GFM plugin keeps a table without a header row as HTML, which the renderer
  // would drop: its first row becomes the header instead.
  service.addRule("table-without-header", {
    filter: (node) => node.nodeName === "TABLE" && !(node as HTMLTableElement).rows[0]?.querySelector("th"),
    replacement: (content) => {
      const rows = content.split("\n").filter((line) => line.trim().startsWith("|"));
      if (rows.length === 0) return content;
      const columns = (rows[0]!.match(/(?<!\\)\|/g)?.length ?? 2) - 1;
      const separator = `| ${Array.from({ length: Math.max(columns, 1) }, () => "---").join(" | ")} |`;
      return `\n\n${[rows[0], separator, ...rows.slice(1)].join("\n")}\n\n`;
    },
  });
  // What never becomes content: code, styling, frames, forms and media players.
  service.remove(["script", "style", "noscript", "template", "iframe", "object", "embed", "form", "input", "button", "select", "textarea", "canvas", "head", "title", "meta", "link"])
  service.remove((node) => node.nodeName.toLowerCase() === "svg");
  // The headline is the page's only h1; a body's h1 is a subheading like the others.
  service.addRule("demote-h1", {
    filter: "h1",
    replacement: (content) => `\n\n## ${content.replace(/\n+/g, " ").trim()}\n\n`,
  });
  // A player's file stays reachable as a link.
  service.addRule("media-as-link", {
    filter: ["audio", "video"],
    replacement: (_content, node) => {
      const element = node;
      const src = element.getAttribute("src") || element.querySelector("source")?.getAttribute("src") || "";
      return /^https?:\/\//i.test(src) ? `\n\n[${src}](${src})\n\n` : "";
    },
  });
  service.addRule("figcaption", {
    filter: "figcaption",
    replacement: (content) => (content.trim() ? `\n\n_${content.trim()}_\n\n` : ""),
  });
  // Text that looks like HTML stays text: Markdown would otherwise read "<b>" in a
  // code tutorial's prose as raw HTML, which the renderer drops.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, "&lt;");
  return service;
}

let turndown: TurndownService | null = null;

export interface ConvertedContent {
  markdown: string;
  /** Shortcodes that had nothing to show (a gallery): named in the import report. */
  droppedShortcodes: string[];
  /** The markup was nested too deep to convert: its text came in as plain paragraphs. */
  asPlainText: boolean;
}

/** Plain text as Markdown paragraphs that show it as written: blank lines part paragraphs, line breaks stay. */
function plainParagraphs(text: string, escape: (line: string) => string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => paragraph.split("\n").map((line) => escape(line.trim())).join("  \n"))
    .join("\n\n");
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** Markup nested deeper than this is taken as plain text: real posts stay far below it, and parsing such trees is slow and can exhaust the stack. */
export const MAX_NESTING = 200;

/** How deep the markup's elements nest, by one linear scan of its tags. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name = "", selfClosing] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function textOnly(html: string, escape: (line: string) => string): string {
  const text = decodeHTML(html.replace(/<\/?(?:p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>/gi, "\n\n").replace(/<[^>]*>/g, ""));
  return plainParagraphs(text, escape);
}

/** WordPress post or comment content as Markdown. */
export function wordpressToMarkdown(content: string): ConvertedContent {
  const service = (turndown ??= createTurndown());
  const escape = (line: string) => service.escape(line);
  // Most comments are plain text: paragraphs and line breaks, no markup to parse.
  if (!/[<&[]/.test(content)) return { markdown: plainParagraphs(content, escape), droppedShortcodes: [], asPlainText: false };
  // Block-editor content already carries its <p> tags; only classic content needs them implied.
  const fromBlockEditor = content.includes("<!-- wp:");
  const withoutComments = content.replace(/<!--[\s\S]*?-->/g, "");
  if (nestingDepth(withoutComments) > MAX_NESTING) return { markdown: textOnly(withoutComments, escape), droppedShortcodes: [], asPlainText: true };
  const { html, dropped } = expandShortcodes(fromBlockEditor ? withoutComments : autoParagraphs(withoutComments));
  try {
    const markdown = service
      .turndown(html)
      .replace(/\n{3,}/g, "\n\n")
      .trim();
    return { markdown, droppedShortcodes: dropped, asPlainText: false };
  } catch (error) {
    // Should markup the depth check let through still overflow the parser's stack: keep the words, not the markup.
    if (!(error instanceof RangeError)) throw error;
    return { markdown: textOnly(withoutComments, escape), droppedShortcodes: [], asPlainText: true };
  }
}

/** A WordPress excerpt or title as one plain line: tags gone, entities decoded, spaces collapsed. */
export function plainText(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}
