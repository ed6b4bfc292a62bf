import { COVER_FILE_PATTERN } from "@/lib/posts/post-input";
import { type ImageExtension, mimeTypeOf } from "@/lib/uploads/image-check";
import { readUpload } from "@/lib/uploads/storage";

// Uploaded images. Names are content hashes checked against a strict pattern (no
// paths), the type comes from what the bytes were found to be at upload, and the
// browser is told not to sniff or run anything.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = COVER_FILE_PATTERN.exec(file);
  if (!match) return new Response("Not found", { status: 404 });
  const bytes = await readUpload(file);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeTypeOf(match[1] as ImageExtension),
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
    },
  });
}
