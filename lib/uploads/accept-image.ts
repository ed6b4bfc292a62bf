import "server-only";
import { checkImage } from "./image-check";
import { storeUpload } from "./storage";

export type AcceptedImage = { ok: true; file: string; width: number; height: number } | { ok: false; message: string };

/** An image someone uploaded: checked by its bytes (type, size, dimensions), then stored under its hash. */
export async function acceptImageUpload(file: File): Promise<AcceptedImage> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkImage(bytes);
  if (!check.ok) return { ok: false, message: check.message };
  return { ok: true, file: await storeUpload(bytes, check.extension), width: check.width, height: check.height };
}
