// The inline scripts of an HTML page, found the way a browser finds them, and
// their CSP hashes. A real HTML tokenizer (parse5, which follows the HTML
// standard's tokenizer states) decides what is a script: "<script" inside an
// attribute, a comment or a <textarea> is text, not a script, so sanitized user
// content can never be vouched for. Nothing is written into the page: the hashes
// go in the Content-Security-Policy header, and the bytes stay as rendered.
import { createHash } from "node:crypto";
import { SAXParser } from "parse5-sax-parser";

// Script elements browsers never run (structured data, JSON for the page): no
// policy applies to them, so they need no hash. Every other type keeps one.
const DATA_TYPES = new Set(["application/ld+json", "application/json"]);

/** @param {{ name: string, value: string }[]} attrs */
function isDataBlock(attrs) {
  const type = attrs.find((attr) => attr.name === "type")?.value;
  return type !== undefined && DATA_TYPES.has(type.trim().toLowerCase());
}

/**
 * @param {string} html
 * @returns {string[]} one 'sha256-…' source per distinct inline script, in page order
 */
export function inlineScriptHashes(html) {
  const parser = new SAXParser();
  /** @type {string[]} */
  const hashes = [];
  /** @type {string | null} */
  let text = null;
  parser.on("startTag", (/** @type {{ tagName: string, attrs: { name: string, value: string }[], selfClosing: boolean }} */ tag) => {
    if (tag.tagName === "script" && !tag.selfClosing && !tag.attrs.some((attr) => attr.name === "src") && !isDataBlock(tag.attrs)) text = "";
  });
  parser.on("text", (/** @type {{ text: string }} */ token) => {
    if (text !== null) text += token.text;
  });
  parser.on("endTag", (/** @type {{ tagName: string }} */ tag) => {
    if (tag.tagName !== "script" || text === null) return;
    // Browsers hash the script's text as UTF-8, after the parser's newline normalisation.
    const source = `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
    if (!hashes.includes(source)) hashes.push(source);
    text = null;
  });
  parser.end(html);
  return hashes;
}
