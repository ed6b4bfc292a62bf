/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   Node's ServerResponse methods are replaced in place; their overloads can't be typed from JSDoc. */
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { contentSecurityPolicy, securityHeaders } from "./headers.js";
import { inlineScriptHashes } from "./script-hashes.js";

// The policy of each distinct page body, so a page served many times from the
// cache is tokenized once. Keyed by a hash of the bytes; bounded.
const policies = new LRUCache({ max: 2_000 });

/**
 * The Content-Security-Policy for an HTML body: its inline scripts by hash.
 * @param {Buffer} body @param {boolean} https @returns {string}
 */
export function policyForHtml(body, https) {
  const key = createHash("sha256").update(body).digest("base64");
  let policy = /** @type {string | undefined} */ (policies.get(key));
  if (!policy) {
    policy = contentSecurityPolicy({ scriptHashes: inlineScriptHashes(body.toString("utf8")), https });
    policies.set(key, policy);
  }
  return policy;
}

/**
 * Next's own headers on a page, for its client router (which never reads them
 * on a document). Taken off documents: a shared cache parses every header of a
 * page on every hit, and these three cost nginx's micro-cache an eighth of its
 * throughput (measured, bench/read-path-figures.ts).
 */
export const NEXT_DOCUMENT_HEADERS = ["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"];

/** Bodies held until complete: pages (for their CSP) and images (for their length). */
const held = (/** @type {string} */ type) => type.startsWith("text/html") || type.startsWith("image/");

/**
 * Finishes every response on its way out: the security headers are added where
 * the app didn't set its own (an upload's sandboxing CSP stays), a page is held
 * until it is complete and then sent unchanged with a CSP naming its inline
 * scripts, and a page or image goes out with its Content-Length. Anything else
 * streams through. Call before the app writes.
 *
 * @param {import("node:http").ServerResponse} res
 * @param {{ https: boolean, production: boolean, head: boolean, onDocument?: (nextCache: string | undefined) => void, onHtml?: (body: Buffer) => void }} options
 *   head: a HEAD request, which has no body; onDocument: told what Next's page cache
 *   said (its x-nextjs-cache header, taken off with the others) when a page starts;
 *   onHtml: sees a complete page (with its
 *   CSP set) before its head is written, and may still set headers
 */
export function completeResponse(res, { https, production, head, onDocument, onHtml }) {
  /** @type {any} */
  const target = res;
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {[number, string | undefined] | null} */
  let heldHead = null;
  /** @type {boolean | null} */
  let holding = null;
  // Once the body is complete everything passes through (compression, wrapped
  // around this, writes the head itself as the body goes out).
  let released = false;

  const decide = () => {
    if (holding === null) {
      for (const [name, value] of Object.entries(securityHeaders({ https, production }))) {
        if (!res.hasHeader(name)) res.setHeader(name, value);
      }
      const type = String(res.getHeader("content-type") ?? "");
      holding = held(type);
      if (type.startsWith("text/html")) {
        const nextCache = res.getHeader("x-nextjs-cache");
        for (const name of NEXT_DOCUMENT_HEADERS) res.removeHeader(name);
        onDocument?.(typeof nextCache === "string" ? nextCache : undefined);
      }
    }
    return holding && !released;
  };

  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")
        : Buffer.from(/** @type {Uint8Array} */ (chunk)),
    );
  };

  /** @param {number} status @param {...unknown} rest */
  target.writeHead = (status, ...rest) => {
    // Headers handed to writeHead (an object, or a flat [name, value, …] list) must
    // be known before deciding what the body is.
    const headers = rest.find((arg) => arg !== null && typeof arg === "object");
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, /** @type {string} */ (value));
    }
    const message = rest.find((arg) => typeof arg === "string");
    if (!decide()) return writeHead(status, ...(typeof message === "string" ? [message] : []));
    heldHead = [status, typeof message === "string" ? message : undefined];
    return res;
  };

  target.flushHeaders = () => (decide() ? undefined : flushHeaders());

  /** @param {unknown} chunk @param {unknown} [encoding] @param {() => void} [callback] */
  target.write = (chunk, encoding, callback) => {
    if (!decide()) return write(/** @type {any} */ (chunk), /** @type {any} */ (encoding), callback);
    keep(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };

  /** @param {unknown} [chunk] @param {unknown} [encoding] @param {() => void} [callback] */
  target.end = (chunk, encoding, callback) => {
    if (!decide()) return end(/** @type {any} */ (chunk), /** @type {any} */ (encoding), callback);
    keep(chunk, encoding);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    const body = Buffer.concat(chunks);
    if (String(res.getHeader("content-type")).startsWith("text/html")) {
      res.setHeader("Content-Security-Policy", policyForHtml(body, https));
      onHtml?.(body);
    }
    if (!head && res.statusCode !== 304 && res.statusCode !== 204) res.setHeader("Content-Length", body.length);
    released = true;
    if (heldHead) res.writeHead(heldHead[0], ...(heldHead[1] ? [heldHead[1]] : []));
    return end(body, /** @type {any} */ (done));
  };
}
