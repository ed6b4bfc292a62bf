import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";
import type { ImageExtension } from "./image-check";

/** The uploads folder from the environment (BROADSHEET_UPLOADS_DIR), else the data folder's "uploads". */
export function uploadsDir(): string {
  const env = getEnv();
  // Chosen at run time by the operator; nothing here belongs in the build output.
  return path.resolve(/*turbopackIgnore: true*/ env.BROADSHEET_UPLOADS_DIR ?? path.join(env.BROADSHEET_DATA_DIR, "uploads"));
}

/**
 * Stores the bytes under a name made from their hash, so the same image is kept
 * once, names can't be guessed or collide, and files never change (cache forever).
 * Written to a temporary name first: a reader never sees half a file.
 */
export async function storeUpload(bytes: Uint8Array, extension: ImageExtension): Promise<string> {
  const name = `${createHash("sha256").update(bytes).digest("hex")}.${extension}`;
  const dir = uploadsDir();
  await mkdir(dir, { recursive: true });
  const temporary = path.join(/*turbopackIgnore: true*/ dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, path.join(/*turbopackIgnore: true*/ dir, name));
  return name;
}

/** The stored file, or null. `name` must already match the upload name pattern. */
export async function readUpload(name: string): Promise<Buffer | null> {
  try {
    return await readFile(path.join(/*turbopackIgnore: true*/ uploadsDir(), name));
  } catch {
    return null;
  }
}
