// What the spam filter looks at in a comment, as tokens: the words, and
// pseudo-words for everything else (links and their domains, the email's domain,
// name and address patterns, character classes, repetition, length). Every token
// is learned and weighed the same way, so "3 links" or "an unknown domain" count
// for exactly as much as this site's moderators have shown they do. Pure.

export interface CommentForFilter {
  body: string;
  name?: string;
  email?: string;
  url?: string;
}

/** Beyond this much text the rest is not read: the length token already says it is long. */
const MAX_CHARS = 2_500;
/** Distinct word tokens kept per comment (a million repeats of one word are one token). */
const MAX_WORDS = 400;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const LINK = /\bhttps?:\/\/([^\s/?#<>"')\]]+)|(?<![/\w.@])(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu;

const bucket = (n: number, edges: number[]) => {
  for (const edge of edges) if (n <= edge) return String(edge);
  return `${edges.at(-1)}+`;
};

/** A link's host, lower-cased, without "www." and any port or credentials. */
export function linkDomain(raw: string): string {
  const host = raw.toLowerCase().replace(/^.*@/, "").replace(/:\d+$/, "").replace(/^www\./, "");
  return host.slice(0, 100);
}

/** The domains a comment links to, each once. */
export function linkDomains(text: string): string[] {
  const domains = new Set<string>();
  for (const match of text.slice(0, MAX_CHARS).matchAll(LINK)) domains.add(linkDomain(match[1] ?? match[2] ?? ""));
  domains.delete("");
  return [...domains];
}

/**
 * The comment's tokens, each once. History (has this person been approved
 * before?) and "links to a domain this site has never approved" depend on the
 * database and are added by the caller (`historyToken`, NEW_DOMAIN).
 */
export function commentTokens(comment: CommentForFilter): string[] {
  const body = comment.body.slice(0, MAX_CHARS);
  const tokens = new Set<string>();

  const words: string[] = [];
  for (const match of body.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/['’_-]+$/, "");
    if (word.length < 2 || word.length > 30) continue;
    words.push(word);
    if (tokens.size < MAX_WORDS) tokens.add(word);
  }

  const domains = linkDomains(body);
  const links = (body.match(LINK) ?? []).length;
  tokens.add(`links:${bucket(links, [0, 1, 2])}`);
  for (const domain of domains.slice(0, 20)) tokens.add(`domain:${domain}`);

  tokens.add(`length:${bucket(comment.body.length, [20, 60, 200, 1000])}`);
  // One pass: cased letters (those with an upper and a lower form), capitals, and non-ASCII.
  const lower = body.toLowerCase();
  const upperCased = body.toUpperCase();
  let letters = 0;
  let capitals = 0;
  let nonAscii = 0;
  if (lower.length === body.length && upperCased.length === body.length) {
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      if (code > 0x7f) nonAscii++;
      if (lower.charCodeAt(i) !== upperCased.charCodeAt(i)) {
        letters++;
        if (code !== lower.charCodeAt(i)) capitals++;
      }
    }
  }
  if (letters >= 12 && capitals / letters > 0.5) tokens.add("chars:shouting");
  if (body.length >= 12 && nonAscii / body.length > 0.3) tokens.add("chars:mostly-non-latin");
  if (/[\uFFFD]/.test(body)) tokens.add("chars:broken-encoding");
  if ((body.match(/!/g) ?? []).length >= 3) tokens.add("chars:exclamations");
  if (/(.)\1{5,}/u.test(body)) tokens.add("chars:long-run");
  if (/\$|€|£|\b\d+\s?(?:usd|dollars)\b/i.test(body)) tokens.add("chars:money");
  if (words.length >= 12 && new Set(words).size / words.length < 0.4) tokens.add("words:repetitive");

  const name = (comment.name ?? "").trim();
  if (name) {
    if (/\d{2,}/.test(name)) tokens.add("name:digits");
    if (/https?:|www\.|\.(?:com|net|org|info|ru|xyz)\b/i.test(name)) tokens.add("name:looks-like-address");
    if (name.split(/\s+/).length >= 4) tokens.add("name:many-words");
  }
  const email = (comment.email ?? "").trim().toLowerCase();
  const at = email.lastIndexOf("@");
  if (at > 0) {
    tokens.add(`email-domain:${email.slice(at + 1).slice(0, 100)}`);
    if (/\d{3,}/.test(email.slice(0, at))) tokens.add("email:digits");
  }
  if ((comment.url ?? "").trim()) tokens.add("website:given");
  return [...tokens];
}

/** Whether the commenter had an approved comment on this site before. */
export const historyToken = (approvedBefore: number) => (approvedBefore > 0 ? "history:approved-before" : "history:new");

/** Added when the comment links to a domain no approved comment has linked to. */
export const NEW_DOMAIN = "links:new-domain";

/** Tokens that depend on the database: always looked up with the comment's own. */
export const CONTEXT_TOKENS = [historyToken(0), historyToken(1), NEW_DOMAIN];

/** How a clue reads in the reason shown to moderators. */
export function describeToken(token: string): string {
  const [kind, value] = token.includes(":") ? [token.slice(0, token.indexOf(":")), token.slice(token.indexOf(":") + 1)] : ["", token];
  switch (kind) {
    case "links":
      return value === "new-domain" ? "new domain" : value === "0" ? "no links" : `${value === "2+" ? "3 or more" : value} link${value === "1" ? "" : "s"}`;
    case "domain":
      return `links to ${value}`;
    case "length":
      return value.endsWith("+") ? "very long" : `under ${Number(value) + 1} characters`;
    case "chars":
      return { shouting: "mostly capitals", "mostly-non-latin": "mostly non-Latin text", "broken-encoding": "garbled characters", exclamations: "many exclamation marks", "long-run": "a character repeated", money: "money" }[value] ?? value;
    case "words":
      return "repetitive";
    case "name":
      return { digits: "digits in the name", "looks-like-address": "a web address as the name", "many-words": "a long name" }[value] ?? value;
    case "email-domain":
      return `email at ${value}`;
    case "email":
      return "digits in the email";
    case "website":
      return "gave a website";
    case "history":
      return value === "new" ? "first comment here" : "approved before";
    default:
      return `'${token}'`;
  }
}
