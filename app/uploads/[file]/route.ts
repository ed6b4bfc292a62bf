import { coverFileName, mimeTypeOfStored } from "@/lib/uploads/image-check";
import { readUpload } from "@/lib/uploads/storage";

// Uploaded images. Names are content hashes checked against a strict pattern (no
// paths), the type comes from what the bytes were found to be at upload, and the
// browser is told not to sniff or run anything.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = coverFileName.safeParse((await params).file);
  if (!file.success) return new Response("Not found", { status: 404 });
  const bytes = await readUpload(file.data);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeTypeOfStored(file.data),
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
    },
  });
}
