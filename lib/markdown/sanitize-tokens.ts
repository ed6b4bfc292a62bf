import type { Token } from "markdown-it";

// The sanitizing step of the pipeline, run on markdown-it's tokens before they are
// turned into HTML: only listed token types survive, each with only its listed
// attributes, and every URL must use an allowed protocol. Raw HTML is off in the
// parser as well, so nothing a writer types can become markup of its own.

export interface SanitizePolicy {
  /** Token type → the attributes it may keep. Any other token type is dropped (its text kept). */
  tokens: Readonly<Record<string, readonly string[]>>;
  /** Protocols allowed in href and src; relative addresses are always allowed. */
  protocols: readonly string[];
  /** Attributes set on every link, whatever the source said (e.g. rel for user content). */
  linkAttributes?: Readonly<Record<string, string>>;
}

const RAW_HTML = new Set(["html_block", "html_inline"]);

const IMAGE_PROTOCOLS = ["http", "https"];
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALIGN = /^text-align:(left|right|center)$/;
const LANGUAGE_CLASS = /^language-[\w-]{1,40}$/;

export function isAllowedUrl(url: string, protocols: readonly string[]): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const scheme = SCHEME.exec(compact)?.[1];
  if (scheme) return protocols.includes(scheme.toLowerCase());
  // No scheme: a relative address, unless it is protocol-relative ("//host").
  return !/^[\\/]{2}/.test(compact);
}

function allowedValue(name: string, value: string, policy: SanitizePolicy): boolean {
  switch (name) {
    case "href":
      return isAllowedUrl(value, policy.protocols);
    case "src":
      return isAllowedUrl(value, IMAGE_PROTOCOLS);
    case "style":
      return ALIGN.test(value);
    case "class":
      return LANGUAGE_CLASS.test(value);
    default:
      return true;
  }
}

function cleanAttributes(token: Token, allowed: readonly string[], policy: SanitizePolicy): boolean {
  const attrs = (token.attrs ?? []).filter(([name, value]) => allowed.includes(name) && allowedValue(name, String(value), policy));
  token.attrs = attrs.length ? attrs : null;
  if (token.type === "link_open") {
    if (!token.attrGet("href")) return false;
    for (const [name, value] of Object.entries(policy.linkAttributes ?? {})) token.attrSet(name, value);
  }
  if (token.type === "image" && !token.attrGet("src")) return false;
  return true;
}

/** Returns the tokens that may be rendered; a link or image with a refused address keeps only its text. */
export function sanitizeTokens(tokens: Token[], policy: SanitizePolicy, makeText: (content: string) => Token): Token[] {
  const out: Token[] = [];
  // Closing tokens to drop, for openers that were dropped (links, by level).
  const droppedOpeners: string[] = [];
  for (const token of tokens) {
    const allowed = policy.tokens[token.type];
    if (token.nesting === -1 && droppedOpeners.at(-1) === token.type.replace(/_close$/, "_open")) {
      droppedOpeners.pop();
      continue;
    }
    if (RAW_HTML.has(token.type)) continue;
    if (!allowed || !cleanAttributes(token, allowed, policy)) {
      if (token.nesting === 1) droppedOpeners.push(token.type);
      else if (token.nesting === 0) {
        const text = token.type === "image" ? (token.children ?? []).map((child) => child.content).join("") : token.content;
        if (text) out.push(makeText(text));
      }
      continue;
    }
    if (token.children) token.children = sanitizeTokens(token.children, policy, makeText);
    out.push(token);
  }
  return out;
}
