import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { uploads } from "../schema";

/** Stores an image under its content-hash name; the same bytes uploaded twice are kept once. */
export async function insertUpload(db: Database, upload: { name: string; contentType: string; bytes: Uint8Array }): Promise<void> {
  await db
    .insert(uploads)
    .values({ ...upload, size: upload.bytes.byteLength })
    .onConflictDoNothing({ target: uploads.name });
}

export async function findUpload(db: Database, name: string): Promise<{ contentType: string; bytes: Uint8Array } | null> {
  const [row] = await db.select({ contentType: uploads.contentType, bytes: uploads.bytes }).from(uploads).where(eq(uploads.name, name)).limit(1);
  return row ?? null;
}

/** Whether an image by this name is stored (without reading its bytes). */
export async function uploadExists(db: Database, name: string): Promise<boolean> {
  const [row] = await db.select({ name: uploads.name }).from(uploads).where(eq(uploads.name, name)).limit(1);
  return row !== undefined;
}
