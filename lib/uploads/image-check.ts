import { imageSize } from "image-size";
import { z } from "zod";

// Uploaded images are judged by their bytes, never by file name or the browser's
// claimed type. Only raster formats browsers show safely; SVG can carry script.

export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 12_000;

const ALLOWED = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
} as const;
export type ImageExtension = keyof typeof ALLOWED;

/** A stored upload's name: the hash of its bytes and the type they were found to be. No paths. */
export const coverFileName = z.string().regex(/^[a-f0-9]{64}\.(jpg|png|webp|gif|avif)$/, "Upload the image again.");

/** The type of a stored upload, from the extension it was given when its bytes were checked. */
export function mimeTypeOfStored(name: string): string {
  return ALLOWED[name.slice(name.lastIndexOf(".") + 1) as ImageExtension];
}

export type ImageCheck =
  | { ok: true; extension: ImageExtension; mimeType: string; width: number; height: number }
  | { ok: false; message: string };

export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.byteLength === 0) return { ok: false, message: "That file is empty." };
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, message: `That image is ${mb} MB; the limit is ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Save it smaller and try again.` };
  }
  let info: ReturnType<typeof imageSize>;
  try {
    info = imageSize(bytes);
  } catch {
    return { ok: false, message: "That file isn’t an image we can use. Upload a JPEG, PNG, WebP, GIF or AVIF." };
  }
  const type = info.type === "jpeg" ? "jpg" : info.type;
  if (type === "svg") return { ok: false, message: "SVG images can’t be uploaded. Upload a JPEG, PNG, WebP, GIF or AVIF." };
  if (!type || !(type in ALLOWED)) {
    return { ok: false, message: "That file isn’t an image we can use. Upload a JPEG, PNG, WebP, GIF or AVIF." };
  }
  const { width, height } = info;
  if (!width || !height || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    return { ok: false, message: `That image’s size can’t be read or is over ${MAX_IMAGE_SIDE} pixels a side.` };
  }
  const extension = type as ImageExtension;
  return { ok: true, extension, mimeType: ALLOWED[extension], width, height };
}
