/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   Node's ServerResponse methods are replaced in place; their overloads can't be typed from JSDoc. */
import { Buffer } from "node:buffer";
import { createNonceInjector } from "./nonce-injector.js";

/** @typedef {(error?: Error | null) => void} Callback */

/**
 * Wraps a Node response so that HTML passing through it gets `nonce` on every
 * <script> tag; other content types pass untouched. Call before the app writes.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {string} nonce
 */
export function injectNoncesIntoHtml(req, res, nonce) {
  // A 304 would let the browser reuse a page whose scripts carry an older nonce.
  if (String(req.headers.accept ?? "").includes("text/html")) {
    delete req.headers["if-none-match"];
    delete req.headers["if-modified-since"];
  }

  /** @type {any} */
  const target = res;
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  /** @type {{ push(text: string): string, flush(): string } | null} */
  let injector = null;
  const decoder = new TextDecoder("utf-8");
  let decided = false;

  /** @returns {{ push(text: string): string, flush(): string } | null} */
  const htmlInjector = () => {
    if (!decided) {
      decided = true;
      if (String(res.getHeader("content-type") ?? "").startsWith("text/html")) {
        injector = createNonceInjector(nonce);
        // The body changes length, and differs from what any ETag described.
        res.removeHeader("content-length");
        res.removeHeader("etag");
      }
    }
    return injector;
  };

  /** @param {unknown} chunk @param {unknown} encoding @returns {string} */
  const decode = (chunk, encoding) => {
    if (typeof chunk === "string") {
      return decoder.decode(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"), {
        stream: true,
      });
    }
    return decoder.decode(/** @type {Uint8Array} */ (chunk), { stream: true });
  };

  /** @param {number} status @param {...unknown} rest */
  target.writeHead = (status, ...rest) => {
    const headers = rest.find((arg) => arg !== null && typeof arg === "object");
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) res.setHeader(name, /** @type {string | number | string[]} */ (value));
      }
    }
    htmlInjector();
    const message = rest.find((arg) => typeof arg === "string");
    return typeof message === "string" ? writeHead(status, message) : writeHead(status);
  };

  /** @param {unknown} chunk @param {unknown} [encoding] @param {Callback} [callback] */
  target.write = (chunk, encoding, callback) => {
    const html = htmlInjector();
    if (!html) return write(/** @type {any} */ (chunk), /** @type {any} */ (encoding), callback);
    const done = typeof encoding === "function" ? /** @type {Callback} */ (encoding) : callback;
    const out = html.push(decode(chunk, encoding));
    if (out) return write(out, done);
    done?.();
    return true;
  };

  /** @param {unknown} [chunk] @param {unknown} [encoding] @param {() => void} [callback] */
  target.end = (chunk, encoding, callback) => {
    if (typeof chunk === "function") return end(/** @type {() => void} */ (chunk));
    const html = htmlInjector();
    if (!html) return end(/** @type {any} */ (chunk), /** @type {any} */ (encoding), callback);
    const done = typeof encoding === "function" ? /** @type {() => void} */ (encoding) : callback;
    let out = chunk !== undefined && chunk !== null ? html.push(decode(chunk, encoding)) : "";
    out += decoder.decode() + html.flush();
    return end(out, done);
  };
}
