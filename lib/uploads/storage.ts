import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/db/client";
import { findUpload, insertUpload, uploadExists } from "@/db/queries/uploads";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { type ImageExtension, mimeTypeOfStored } from "./image-check";

// Uploaded images live in the database, so every app server serves the same bytes.
// Names are the hash of the bytes: the same image is kept once, names can't be
// guessed or collide, and a stored image never changes (browsers cache it for ever).

/** Where uploads were kept before they moved into the database (BROADSHEET_UPLOADS_DIR, else the data folder's "uploads"). */
function legacyUploadsDir(): string {
  const env = getEnv();
  return path.resolve(/*turbopackIgnore: true*/ env.BROADSHEET_UPLOADS_DIR ?? path.join(env.BROADSHEET_DATA_DIR, "uploads"));
}

export async function storeUpload(bytes: Uint8Array, extension: ImageExtension, db: Database = getDb()): Promise<string> {
  const name = `${createHash("sha256").update(bytes).digest("hex")}.${extension}`;
  await insertUpload(db, { name, contentType: mimeTypeOfStored(name), bytes });
  return name;
}

/**
 * The stored image, or null. `name` must already match the upload name pattern.
 * An image uploaded before uploads moved into the database is read from its old
 * folder once and moved in, so no release step is needed.
 */
export async function readUpload(name: string): Promise<Uint8Array | null> {
  const stored = await findUpload(getDb(), name);
  if (stored) return stored.bytes;
  let legacy: Buffer;
  try {
    legacy = await readFile(path.join(/*turbopackIgnore: true*/ legacyUploadsDir(), name));
  } catch {
    return null;
  }
  // Only bytes that still hash to their name are trusted.
  if (`${createHash("sha256").update(legacy).digest("hex")}` !== name.slice(0, name.indexOf("."))) return null;
  await insertUpload(getDb(), { name, contentType: mimeTypeOfStored(name), bytes: legacy });
  return legacy;
}

/** Whether an uploaded image by this name exists (a name typed into a form proves nothing). */
export async function isStoredUpload(name: string): Promise<boolean> {
  return uploadExists(getDb(), name);
}
