// Adds nonce="…" to every <script> and <link> tag of an HTML stream (script
// preloads need it too under 'strict-dynamic'; on other links it is inert). Pages are cached whole
// and served to everyone, so the nonce can't be baked in when they're rendered;
// it is written in as each response leaves the server instead.

const TAGS = ["<script", "<link"];
const LONGEST = Math.max(...TAGS.map((tag) => tag.length));

/** @param {string} text @param {number} from @returns {[number, number]} index and length of the next tag */
function nextTag(text, from) {
  let best = -1;
  let length = 0;
  for (const tag of TAGS) {
    const at = text.indexOf(tag, from);
    if (at !== -1 && (best === -1 || at < best)) {
      best = at;
      length = tag.length;
    }
  }
  return [best, length];
}

/**
 * @param {string} nonce base64, as produced by crypto.randomBytes(…).toString("base64")
 * @returns {{ push(text: string): string, flush(): string }}
 */
export function createNonceInjector(nonce) {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new Error("A nonce must be base64.");
  const attribute = ` nonce="${nonce}"`;
  let pending = "";

  /** @param {string} text @param {boolean} final */
  function process(text, final) {
    let out = "";
    let from = 0;
    /** @param {number} index */
    const hold = (index) => ({ out: out + text.slice(from, index), rest: text.slice(index) });
    for (;;) {
      const [at, tagLength] = nextTag(text, from);
      if (at === -1) {
        // The end may be the start of a tag that the next chunk completes.
        return final ? hold(text.length) : hold(Math.max(from, text.length - (LONGEST - 1)));
      }
      // The character after "<script" tells the tag from "<scripts"; the ">" ends
      // the attributes, where a nonce may already be.
      const end = text.indexOf(">", at);
      if ((at + tagLength >= text.length || end === -1) && !final) return hold(at);
      const next = text[at + tagLength] ?? "";
      out += text.slice(from, at + tagLength);
      const isTag = next === ">" || next === "/" || /\s/.test(next);
      const attributes = text.slice(at + tagLength, end === -1 ? text.length : end);
      if (isTag && !/(^|\s)nonce=/i.test(attributes)) out += attribute;
      from = at + tagLength;
    }
  }

  return {
    push(text) {
      const { out, rest } = process(pending + text, false);
      pending = rest;
      return out;
    },
    flush() {
      const { out, rest } = process(pending, true);
      pending = "";
      return out + rest;
    },
  };
}
