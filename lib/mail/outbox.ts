import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

/**
 * Where mail goes when no SMTP server is configured (development, tests, the
 * embedded demo): one JSON file per message, readable by people and tests alike.
 */
export function writeToOutbox(dir: string, message: OutboxMessage, raw: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const name = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
  // Written aside and renamed into place, so a reader polling the folder never
  // finds a message half-written.
  for (const [extension, content] of [
    ["eml", raw],
    ["json", JSON.stringify(message, null, 2)],
  ] as const) {
    const file = path.join(dir, `${name}.${extension}`);
    writeFileSync(`${file}.part`, content);
    renameSync(`${file}.part`, file);
  }
  return name;
}

/** Messages in the order they were sent, optionally only those to one address. */
export function readOutbox(dir: string, to?: string): OutboxMessage[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
  return files
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as OutboxMessage)
    .filter((message) => !to || message.to.toLowerCase() === to.toLowerCase());
}
