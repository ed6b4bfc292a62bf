import { coverFileName, mimeTypeOfStored } from "@/lib/uploads/image-check";
import { readUpload } from "@/lib/uploads/storage";

// Uploaded images, from the database (every app server sees the same). Names are
// content hashes checked against a strict pattern (no paths), the type comes from
// what the bytes were found to be at upload, and the browser is told not to sniff
// or run anything. The bytes behind a name never change: cached for ever.
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = coverFileName.safeParse((await params).file);
  if (!file.success) return new Response("Not found", { status: 404 });
  const etag = `"${file.data}"`;
  const cache = { ETag: etag, "Cache-Control": "public, max-age=31536000, immutable" };
  const bytes = await readUpload(file.data);
  if (!bytes) return new Response("Not found", { status: 404 });
  if (request.headers.get("if-none-match")?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: cache });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...cache,
      "Content-Type": mimeTypeOfStored(file.data),
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
    },
  });
}
