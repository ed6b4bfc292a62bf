// When the request being served began, for code deep inside Next (the cache
// handler) that must know whether what it is storing was read before a tag
// expired. server.mjs starts the clock; one instance per process.
import { AsyncLocalStorage } from "node:async_hooks";

const CLOCK = Symbol.for("broadsheet.request-clock");

/** @returns {AsyncLocalStorage<number>} */
export function requestClock() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<number> | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[CLOCK] ??= new AsyncLocalStorage();
  return holder[CLOCK];
}

/** When the current request began, or undefined outside one. */
export function requestStartedAt() {
  return requestClock().getStore();
}
