// One JSON logger for the process (pino), shared by server.mjs and the app code
// Next bundles: both reach the same instance through globalThis.
import { format } from "node:util";
import pino from "pino";
import { getEnv } from "../env.js";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const SECRET_PARAM = /([?&](?:token|code|key|secret|password|signature|sig)=)[^&#\s]*/gi;

/**
 * Takes addresses and secret-looking query values out of a line of text: error
 * messages from the database quote the values they refused (an email in a
 * unique-key error, for one), and URLs carry tokens.
 * @param {string} text
 */
export function scrub(text) {
  return text.replace(EMAIL, "[email]").replace(SECRET_PARAM, "$1[redacted]");
}

/** @param {unknown} value @param {number} depth @returns {unknown} */
function scrubDeep(value, depth = 0) {
  if (typeof value === "string") return scrub(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, depth + 1));
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = scrubDeep(item, depth + 1);
  return out;
}

/** Errors as pino serializes them, with what they quote scrubbed. @param {Error} error */
function serializeError(error) {
  return scrubDeep(pino.stdSerializers.err(error));
}

/**
 * Keys whose values never reach a log line, wherever a caller put them.
 * pino's redaction removes them before serializing (no scanning of output).
 */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "email",
  "*.email",
  "authorEmail",
  "*.authorEmail",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "cookie",
  "*.cookie",
  "authorization",
  "*.authorization",
  'headers["set-cookie"]',
  "*.headers.cookie",
  "*.headers.authorization",
  '*.headers["set-cookie"]',
];

/**
 * @param {{ level?: string, destination?: import("pino").DestinationStream }} [options]
 * @returns {import("pino").Logger}
 */
export function createLogger({ level = getEnv().LOG_LEVEL, destination } = {}) {
  /** @type {import("pino").LoggerOptions} */
  const options = {
    level,
    base: { pid: process.pid },
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError, error: serializeError },
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      // Free text passed as the message is scrubbed the same way.
      logMethod(args, method) {
        method.apply(this, /** @type {[string]} */ (args.map((arg) => (typeof arg === "string" ? scrub(arg) : arg))));
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

const KEY = Symbol.for("broadsheet.logger");

/** The process's logger. @returns {import("pino").Logger} */
export function logger() {
  const holder = /** @type {Record<symbol, import("pino").Logger | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= createLogger());
}

/**
 * Sends what Next.js and libraries print with console.* through the logger,
 * so stdout carries nothing but JSON lines (and the same scrubbing applies).
 * @param {import("pino").Logger} log
 */
export function routeConsoleToLogger(log) {
  /** @param {"info" | "warn" | "error" | "debug"} level */
  const to = (level) => (/** @type {unknown[]} */ ...args) => {
    const error = args.find((arg) => arg instanceof Error);
    const text = format(...args.filter((arg) => arg !== error)).replace(/^\s*[✓⚠✗▲○]\s*/u, "");
    if (error) log[level]({ err: error }, text || error.message);
    else log[level](text);
  };
  console.log = to("info");
  console.info = to("info");
  console.warn = to("warn");
  console.error = to("error");
  console.debug = to("debug");
}
