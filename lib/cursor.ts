/**
 * Keyset pagination cursors for lists ordered newest first by (timestamp, id).
 * Encoded as "<epoch ms>-<id>" so they are short, URL-safe and easy to validate.
 */
export type { Keyset as Cursor } from "@/db/queries/keyset";
import type { Keyset as Cursor } from "@/db/queries/keyset";
import { MAX_ID } from "@/lib/validation/id";

const CURSOR_PATTERN = /^(\d{1,15})-(\d{1,10})$/;

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.getTime()}-${cursor.id}`;
}

export function decodeCursor(value: string): Cursor | null {
  const match = CURSOR_PATTERN.exec(value);
  if (!match) return null;
  const at = new Date(Number(match[1]));
  const id = Number(match[2]);
  if (Number.isNaN(at.getTime()) || !Number.isSafeInteger(id) || id > MAX_ID) {
    return null;
  }
  return { at, id };
}
